using FeedFunctions.Digest;
using FeedFunctions.Web;

namespace FeedFunctions.Email;

/// <summary>The part of a story's summary a subscriber asked for: one sentence, three sentences, or the key points.</summary>
public static class StorySummary
{
    /// <summary>A paragraph for sentences; items for key points (falling back to the sentences when there are none).</summary>
    public static (string? Paragraph, IReadOnlyList<string> Bullets) Of(DigestStory story, SummaryLength length)
    {
        var analysis = story.Analysis;
        return length switch
        {
            SummaryLength.ThreeSentences => (string.Join(" ", analysis.Summary.Take(3).Select(s => s.Text)), []),
            SummaryLength.Bullets when KeyPoints.Of(analysis) is { Count: > 0 } points => (null, points),
            SummaryLength.Bullets => (null, [.. analysis.Summary.Take(3).Select(s => s.Text)]),
            // Headline is read as the one-sentence lede: the old headline was a sentence cut with "…".
            _ => (analysis.LedeOrFirstSentence, []),
        };
    }

    /// <summary>The story's link when it is http or https; anything else (javascript:, data:) is never put in an email.</summary>
    public static string? SafeLink(Uri? link) =>
        link is { IsAbsoluteUri: true } && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp) ? link.AbsoluteUri : null;

    /// <summary>Our own page of the story, under the site's public address.</summary>
    public static string ArticlePage(Uri site, DigestStory story) => new Uri(site, "articles/" + Uri.EscapeDataString(story.Key.ToString())).AbsoluteUri;

    /// <summary>Our page of a section's topic or category; null for a feed, which has no page of its own.</summary>
    public static string? SectionPage(Uri site, DigestSection section) => section.Kind switch
    {
        DigestSectionKind.Topic => new Uri(site, "topics/" + Uri.EscapeDataString(section.Key)).AbsoluteUri,
        DigestSectionKind.Category => new Uri(site, "categories/" + Uri.EscapeDataString(section.Key)).AbsoluteUri,
        _ => null,
    };

    /// <summary>Our page of a topic.</summary>
    public static string TopicPage(Uri site, string slug) => new Uri(site, "topics/" + Uri.EscapeDataString(slug)).AbsoluteUri;
}
