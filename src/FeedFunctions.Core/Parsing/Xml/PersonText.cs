using System.Text.RegularExpressions;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Splits an RSS author string ("email (Name)", "Name (email)", "Name &lt;email&gt;", a bare email or a bare name).</summary>
internal static partial class PersonText
{
    /// <summary>The person named by <paramref name="raw"/>, or null when it is empty.</summary>
    public static ParsedPerson? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Trim();
        var m = EmailThenName().Match(text);
        if (m.Success) return Person(m.Groups["name"].Value, m.Groups["email"].Value);
        m = NameThenEmail().Match(text);
        if (m.Success) return Person(m.Groups["name"].Value, m.Groups["email"].Value);
        if (Email().IsMatch(text)) return new ParsedPerson(null, text);
        return new ParsedPerson(text);
    }

    private static ParsedPerson Person(string name, string email)
    {
        name = name.Trim().Trim('"').Trim();
        return new ParsedPerson(name.Length == 0 ? null : name, email.Trim());
    }

    [GeneratedRegex(@"^(?<email>[^\s@()<>]+@[^\s@()<>]+)\s*\((?<name>[^)]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailThenName();

    [GeneratedRegex(@"^(?<name>[^(<]*?)\s*[(<]\s*(?:mailto:)?(?<email>[^\s@()<>]+@[^\s@()<>]+)\s*[)>]$", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenEmail();

    [GeneratedRegex(@"^(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
