namespace FeedFunctions.Summaries;

/// <summary>A keyphrase candidate: its surface text, the stems of its words and its score.</summary>
public sealed record RankedPhrase(string Text, IReadOnlyList<string> Stems, double Score);
