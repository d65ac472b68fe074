namespace FeedFunctions.Api;

/// <summary>The query string of a request as each host hands it over: names case-insensitive, each with its values.</summary>
public sealed class QueryValues
{
    private readonly Dictionary<string, string[]> values;

    public QueryValues(IEnumerable<KeyValuePair<string, string[]>> pairs)
    {
        values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, items) in pairs)
        {
            values[name] = values.TryGetValue(name, out var existing) ? [.. existing, .. items] : items;
        }
    }

    public static QueryValues Empty { get; } = new([]);

    public IEnumerable<string> Names => values.Keys;

    /// <summary>Every value of <paramref name="name"/> in order, or null when the name is absent.</summary>
    public IReadOnlyList<string>? All(string name) => values.TryGetValue(name, out var items) ? items : null;

    /// <summary>The single value of <paramref name="name"/>: null when absent or empty; an error when repeated.</summary>
    public string? Single(string name, IDictionary<string, string[]> errors)
    {
        if (!values.TryGetValue(name, out var items)) return null;
        var present = items.Where(v => !string.IsNullOrEmpty(v)).ToArray();
        if (present.Length > 1)
        {
            errors[name] = [$"{name} may be given once."];
            return null;
        }
        return present.Length == 1 ? present[0] : null;
    }
}
