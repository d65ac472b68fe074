using System.Net;
using System.Text.RegularExpressions;

namespace FeedFunctions.FullText;

/// <summary>Decides whether a feed item's text is only a teaser, so the article's page should be fetched for its full text.</summary>
public static partial class TeaserDetector
{
    /// <summary>Texts shorter than this (after removing markup) are teasers.</summary>
    public const int MinFullTextLength = 500;

    /// <summary>True when the text, plain or HTML, is short or ends in an ellipsis or a "read more" link.</summary>
    public static bool IsTeaser(string? text)
    {
        var plain = PlainText(text ?? "");
        if (plain.Length < MinFullTextLength)
        {
            return true;
        }
        // Trailing decoration such as "»", "→", ")" or "]" hides the marker: "[…]", "(more…)", "Read more »".
        var end = plain.TrimEnd(' ', '»', '›', '→', '>', ')', ']', '"', '\'', '\u201D');
        return end.EndsWith("...", StringComparison.Ordinal)
            || end.EndsWith('…')
            || ReadMoreNearTheEnd().IsMatch(plain);
    }

    private static string PlainText(string text)
    {
        var withoutTags = Tag().Replace(text, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    // WordPress appends "Continue reading <span>Post title</span>", so the marker may be followed by a short title.
    [GeneratedRegex(@"\b(read more|continue reading|read the full (story|article|post)|keep reading)\b.{0,120}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreNearTheEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
