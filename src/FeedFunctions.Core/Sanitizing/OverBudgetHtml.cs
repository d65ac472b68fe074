using System.Text;

namespace FeedFunctions.Sanitizing;

/// <summary>The text of a fragment too large for the full parser that the fast path could not read: markup dropped, text kept.</summary>
/// <remarks>
/// One pass over the tokens without a tree, so its cost is linear whatever the nesting: block elements still break lines,
/// and scripts, styles, SVG and the other invisible elements still lose their content (<see cref="PlainTextWriter"/>).
/// Only hostile or broken markup comes here: no fragment of the real-feed corpora does.
/// </remarks>
internal static class OverBudgetHtml
{
    /// <summary>The text of <paramref name="html"/>[<paramref name="start"/>..<paramref name="end"/>], one line per block.</summary>
    public static string PlainText(string html, int start, int end)
    {
        var tokenizer = new HtmlTokenizer();
        tokenizer.Reset(html, start, end);
        var text = new StringBuilder();
        var writer = new PlainTextWriter();
        writer.Reset(text);
        while (true)
        {
            switch (tokenizer.Next())
            {
                case HtmlToken.EndOfInput:
                    return PlainTextWriter.Collapse(text);
                case HtmlToken.Text:
                    writer.Text(tokenizer.Text);
                    break;
                case HtmlToken.StartTag:
                    var name = tokenizer.TagName;
                    if (HtmlNames.RawText.Contains(name))
                    {
                        // Script, style and iframe content is never text: read past it.
                        if (!tokenizer.TryReadRawText(name)) return PlainTextWriter.Collapse(text);
                        break;
                    }
                    writer.StartElement(name, tokenizer.Attributes, isVoid: HtmlNames.Void.Contains(name));
                    break;
                case HtmlToken.EndTag:
                    if (!HtmlNames.Void.Contains(tokenizer.TagName)) writer.EndElement(tokenizer.TagName);
                    break;
                case HtmlToken.Comment:
                    break;
                default:
                    tokenizer.SkipUnsupported();
                    break;
            }
        }
    }
}
