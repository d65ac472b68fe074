using System.Text;
using System.Text.RegularExpressions;

namespace FeedFunctions.Parsing.Xml;

/// <summary>Declares namespace prefixes that a feed uses without declaring (a common fault: "atom:link" with no xmlns:atom).</summary>
internal static partial class XmlPrefixRepair
{
    /// <summary>The text with every used but undeclared prefix declared on the root element; the same text when none is missing.</summary>
    public static string DeclareMissingPrefixes(string text)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        foreach (Match m in Declaration().Matches(text)) declared.Add(m.Groups["p"].Value);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in UsedPrefix().Matches(text))
        {
            var prefix = m.Groups["p"].Value;
            if (!declared.Contains(prefix)) missing.Add(prefix);
        }
        var root = DocumentSniffer.RootElementStart(text);
        if (missing.Count == 0 || root < 0) return text;

        var nameEnd = root + 1;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/')) nameEnd++;
        var declarations = new StringBuilder();
        foreach (var prefix in missing)
        {
            declarations.Append(" xmlns:").Append(prefix).Append("=\"").Append(FeedNamespaces.ForUndeclaredPrefix(prefix)).Append('"');
        }
        return string.Concat(text.AsSpan(0, nameEnd), declarations.ToString(), text.AsSpan(nameEnd));
    }

    [GeneratedRegex(@"xmlns:(?<p>[A-Za-z_][\w.\-]*)\s*=", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    // An element name after "<" or "</", or an attribute name after whitespace, that carries a prefix.
    [GeneratedRegex(@"(?:</?|\s)(?<p>[A-Za-z_][\w.\-]*):[A-Za-z_][\w.\-]*(?=[\s/>=])", RegexOptions.CultureInvariant)]
    private static partial Regex UsedPrefix();
}
