using System.Buffers;
using System.Text;

namespace FeedFunctions.Sanitizing;

/// <summary>Escapes text and attribute values exactly as AngleSharp's HTML serializer does, so both sanitizer paths write the same bytes.</summary>
internal static class HtmlEscaping
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\u00A0");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\u00A0");

    /// <summary>Appends text content: &amp;, &lt;, &gt; and the no-break space escaped.</summary>
    public static void AppendText(StringBuilder output, ReadOnlySpan<char> text) => Append(output, text, TextSpecials);

    /// <summary>Appends a double-quoted attribute value's content: &amp;, &lt;, &gt;, the quote and the no-break space escaped.</summary>
    public static void AppendAttributeValue(StringBuilder output, ReadOnlySpan<char> value) => Append(output, value, AttributeSpecials);

    private static void Append(StringBuilder output, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (true)
        {
            var next = text.IndexOfAny(specials);
            if (next < 0)
            {
                output.Append(text);
                return;
            }
            output.Append(text[..next]);
            output.Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&nbsp;",
            });
            text = text[(next + 1)..];
        }
    }
}
