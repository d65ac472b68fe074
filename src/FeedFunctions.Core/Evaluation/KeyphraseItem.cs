namespace FeedFunctions.Evaluation;

/// <summary>A document of a keyphrase data set with its gold keyphrases and, when the data set has one, its category.</summary>
public sealed record KeyphraseItem(string Id, string Text, IReadOnlyList<string> Keyphrases, bool TitleOnly, string Category = "");
