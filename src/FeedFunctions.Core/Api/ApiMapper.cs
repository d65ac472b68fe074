using FeedFunctions.Api.Dtos;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>Shapes stored records into the API's DTOs.</summary>
public static class ApiMapper
{
    public static ArticleListItemDto ToDto(ArticleListItem item, int sourceCount) => new(
        item.Key.ToString(),
        item.Title,
        item.Link?.AbsoluteUri,
        item.FeedId,
        item.FeedTitle,
        item.Published,
        item.Analysis.Headline,
        item.Analysis.LedeOrFirstSentence,
        item.Analysis.SummaryText,
        [.. item.Analysis.Tags.Select(t => t.Slug).Where(s => s.Length > 0).Distinct()],
        item.Analysis.Category,
        item.Analysis.Language,
        item.StoryId,
        sourceCount);

    public static ArticleSummaryDto ToDto(Article article, ArticleAnalysis analysis, string? storyId = null, int sourceCount = 1) => new(
        article.Key.ToString(),
        article.Title,
        article.Link?.AbsoluteUri,
        new SourceDto(article.FeedId, article.FeedTitle),
        article.Published,
        analysis.Headline,
        analysis.LedeOrFirstSentence,
        analysis.SummaryText,
        Sentences(analysis),
        analysis.Bullets,
        Tags(analysis),
        analysis.Category,
        analysis.Language,
        analysis.Method,
        storyId,
        sourceCount);

    public static SummaryDto ToSummaryDto(ArticleAnalysis analysis) => new(
        analysis.Headline,
        analysis.LedeOrFirstSentence,
        analysis.SummaryText,
        Sentences(analysis),
        analysis.Bullets,
        Tags(analysis),
        analysis.Category,
        analysis.Language,
        analysis.Method);

    public static FeedHealthDto ToDto(Feed feed) => new(
        feed.Id,
        feed.Title,
        // Feeds stored before credentials were refused are shown without them; errors lose addresses (kept in the logs).
        FeedUrls.Redacted(feed.Url).AbsoluteUri,
        feed.Status,
        feed.LastFetchedAt,
        feed.LastSuccessAt,
        feed.LastErrorCode,
        FeedUrls.RedactedError(feed.LastError),
        feed.NextFetchAt,
        feed.NotWellFormed,
        feed.ArticleCount);

    private static SentenceDto[] Sentences(ArticleAnalysis analysis) =>
        [.. analysis.Summary.Select(s => new SentenceDto(s.Text, s.SourceIndex))];

    private static TagDto[] Tags(ArticleAnalysis analysis) =>
        [.. analysis.Tags.Select(t => new TagDto(t.Name, t.Kind, t.Slug))];
}
