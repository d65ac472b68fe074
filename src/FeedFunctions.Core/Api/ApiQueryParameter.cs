namespace FeedFunctions.Api;

/// <summary>A query parameter of an API route: its name, its rule in words, and the schema facets the OpenAPI document gives it.</summary>
public sealed record ApiQueryParameter(string Name, string Description)
{
    /// <summary>"string" or "integer".</summary>
    public string Type { get; init; } = "string";
    public string? Format { get; init; }
    public string? Pattern { get; init; }
    public int? MaxLength { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    public string? Default { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
}
