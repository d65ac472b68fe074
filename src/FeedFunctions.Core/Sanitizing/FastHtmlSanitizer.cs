using System.Text;

namespace FeedFunctions.Sanitizing;

/// <summary>
/// Writes the sanitized HTML of a fragment as <see cref="HtmlFastTree"/> walks it: the same allow-list and the same
/// serialization as <see cref="TreeHtmlSanitizer"/> over AngleSharp's tree, without building a tree.
/// </summary>
/// <remarks>Output is built only from allowed names, cleaned attribute values and escaped text, so nothing else can reach it. Reused; not thread-safe.</remarks>
internal sealed class FastHtmlSanitizer : IHtmlTreeVisitor
{
    // What became of each open element: written out, unwrapped (children kept) or dropped with its content.
    private readonly List<bool> written = [];
    private StringBuilder output = new();
    private Uri? baseUrl;
    private int droppedDepth;
    private bool atStartOfPre;

    /// <summary>Prepares for one fragment whose output goes to <paramref name="target"/>.</summary>
    public void Reset(StringBuilder target, Uri? documentBase)
    {
        output = target;
        baseUrl = documentBase;
        written.Clear();
        droppedDepth = 0;
        atStartOfPre = false;
    }

    public void StartElement(string name, List<HtmlAttribute> attributes, bool isVoid)
    {
        if (droppedDepth > 0 || HtmlPolicy.DroppedWithContent.Contains(name))
        {
            if (!isVoid) droppedDepth++;
            return;
        }
        var allowed = HtmlPolicy.AllowedAttributes.GetValueOrDefault(name);
        if (!isVoid) written.Add(allowed is not null);
        if (allowed is null) return;

        atStartOfPre = false;
        output.Append('<').Append(name);
        var hasHref = false;
        foreach (var attribute in attributes)
        {
            var value = HtmlPolicy.CleanAttribute(name, allowed, attribute.Name, attribute.Value, baseUrl);
            if (value is null) continue;
            hasHref |= attribute.Name == "href";
            output.Append(' ').Append(attribute.Name).Append("=\"");
            HtmlEscaping.AppendAttributeValue(output, value);
            output.Append('"');
        }
        if (name == "a" && hasHref) output.Append(" rel=\"noopener noreferrer\"");
        output.Append('>');
        atStartOfPre = name == "pre";
    }

    public void EndElement(string name)
    {
        if (droppedDepth > 0)
        {
            droppedDepth--;
            return;
        }
        var wasWritten = written[^1];
        written.RemoveAt(written.Count - 1);
        if (!wasWritten) return;
        atStartOfPre = false;
        output.Append("</").Append(name).Append('>');
    }

    public void Text(ReadOnlySpan<char> text)
    {
        if (droppedDepth > 0) return;
        // The HTML serializer writes an extra line feed when a pre's first child is text starting with one (13.3).
        if (atStartOfPre && text[0] == '\n') output.Append('\n');
        atStartOfPre = false;
        HtmlEscaping.AppendText(output, text);
    }
}
