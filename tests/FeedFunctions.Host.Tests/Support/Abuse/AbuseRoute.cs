using System.Text.RegularExpressions;

namespace FeedFunctions.Tests.Support.Abuse;

/// <summary>One route of a host, as its route table gives it: a method and a template such as api/articles/{id}.</summary>
public sealed partial record AbuseRoute(string Method, string Template)
{
    /// <summary>The names of the template's parameters, such as id or format.</summary>
    public IReadOnlyList<string> Parameters => [.. ParameterPattern().Matches(Template).Select(m => m.Groups[1].Value)];

    public bool IsAdmin => Template.StartsWith("api/admin/", StringComparison.Ordinal);

    /// <summary>Routes whose 4xx are HTML pages (the reader and the subscription pages) rather than problems.</summary>
    public bool IsPage => !(Template.StartsWith("api/", StringComparison.Ordinal) || Template.StartsWith("feeds/", StringComparison.Ordinal)
        || Template.StartsWith("problems/", StringComparison.Ordinal) || Template.StartsWith("openapi/", StringComparison.Ordinal))
        || Template.StartsWith("api/subscriptions/confirm", StringComparison.Ordinal);

    /// <summary>The path with each parameter given its usual value, or <paramref name="hostile"/> for <paramref name="hostileParameter"/>.</summary>
    public string Path(IReadOnlyDictionary<string, string> usual, string? hostileParameter = null, string? hostile = null) =>
        "/" + ParameterPattern().Replace(Template, m =>
        {
            var name = m.Groups[1].Value;
            if (name == hostileParameter) return hostile!;
            // The site root's parameter must stay empty ({root:maxlength(0)?} on the Functions app).
            return m.Value.Contains('?', StringComparison.Ordinal) ? "" : Uri.EscapeDataString(usual.GetValueOrDefault(name, "x"));
        });

    public override string ToString() => Method + " /" + Template;

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}
