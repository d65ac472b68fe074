namespace FeedFunctions.Text;

/// <summary>A sentence of an article: its text, its index among the article's sentences and its paragraph.</summary>
public sealed record Sentence(string Text, int Index, int Paragraph);
