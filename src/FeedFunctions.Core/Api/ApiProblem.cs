using System.Text.Json.Serialization;

namespace FeedFunctions.Api;

/// <summary>An RFC 9457 problem details body; <see cref="Errors"/> names each invalid parameter.</summary>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null);
