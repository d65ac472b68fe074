namespace FeedFunctions.Evaluation;

/// <summary>A headline of the story-clustering data set with its gold story id.</summary>
public sealed record StoryItem(string Id, string Title, string Publisher, string Category, string Story, DateTimeOffset Published);
