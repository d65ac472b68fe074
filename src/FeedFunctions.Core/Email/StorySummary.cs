using FeedFunctions.Digest;

namespace FeedFunctions.Email;

/// <summary>The part of a story's summary a subscriber asked for: a headline, three sentences, or bullet points.</summary>
public static class StorySummary
{
    /// <summary>Paragraphs for headline and sentences; items for bullets (falling back to sentences when there are none).</summary>
    public static (string? Paragraph, IReadOnlyList<string> Bullets) Of(DigestStory story, SummaryLength length)
    {
        var analysis = story.Analysis;
        return length switch
        {
            SummaryLength.Headline => (analysis.Headline, []),
            SummaryLength.Bullets when analysis.Bullets.Count > 0 => (null, [.. analysis.Bullets.Take(5)]),
            SummaryLength.Bullets => (null, [.. analysis.Summary.Take(3).Select(s => s.Text)]),
            _ => (string.Join(" ", analysis.Summary.Take(3).Select(s => s.Text)), []),
        };
    }

    /// <summary>The story's link when it is http or https; anything else (javascript:, data:) is never put in an email.</summary>
    public static string? SafeLink(Uri? link) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) ? link.AbsoluteUri : null;

    /// <summary>A category's display name.</summary>
    public static string CategoryTitle(string category) =>
        category.Length == 0 ? "Other" : char.ToUpperInvariant(category[0]) + category[1..];
}
