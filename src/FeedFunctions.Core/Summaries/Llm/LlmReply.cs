namespace FeedFunctions.Summaries.Llm;

/// <summary>The structured answer of the model, checked against the schema but not yet against the article.</summary>
internal sealed record LlmReply(
    string Headline,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<(string Name, string Kind)> Tags,
    string Category,
    string Language);
