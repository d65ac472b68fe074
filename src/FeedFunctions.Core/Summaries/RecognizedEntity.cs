using FeedFunctions.Feeds;

namespace FeedFunctions.Summaries;

/// <summary>A named entity of an article under its canonical name, with how often and how early it is mentioned.</summary>
public sealed record RecognizedEntity(string Name, TagKind Kind, double Mentions, int FirstSentence);
