using FeedFunctions.Api;
using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;

namespace FeedFunctions.Publishing;

/// <summary>
/// GET /feeds/all.{format}, /feeds/topics/{tag}.{format} and /feeds/categories/{category}.{format}: summarized feeds for
/// any reader, one item per story (its newest article in the list, with the story's other sources).
/// </summary>
public sealed class PublishedFeedApi(IArticleStore articles, StoryReader stories)
{
    public const int ItemCount = 50;

    // Articles read to fill the items: a story of several articles takes one item, so read more articles than items.
    private const int ArticlesRead = 2 * ItemCount;
    public static IReadOnlyList<string> Formats { get; } = ["rss", "atom", "json"];

    public Task<ApiResponse> AllAsync(string format, Uri baseUrl, CancellationToken cancellationToken) =>
        WriteAsync(new ArticleQuery { PageSize = ArticlesRead }, "all", "All stories", "Every summarized story.", "feeds/all", "", format, baseUrl, cancellationToken);

    public Task<ApiResponse> TopicAsync(string tag, string format, Uri baseUrl, CancellationToken cancellationToken) =>
        !ApiParameters.IsTagSlug(tag)
            ? Task.FromResult(Problems.Validation("tag", "tag must be a tag slug: lowercase letters and digits joined by '-'."))
            : WriteAsync(new ArticleQuery { Tag = tag, PageSize = ArticlesRead }, "tag:" + tag, $"Topic: {tag}", $"Summarized stories tagged {tag}.",
                "feeds/topics/" + tag, "topics/" + tag, format, baseUrl, cancellationToken);

    public Task<ApiResponse> CategoryAsync(string category, string format, Uri baseUrl, CancellationToken cancellationToken) =>
        !Categories.IsKnown(category)
            ? Task.FromResult(Problems.Validation("category", $"category must be one of {string.Join(", ", Categories.All)}."))
            : WriteAsync(new ArticleQuery { Category = category, PageSize = ArticlesRead }, "category:" + category, $"Category: {category}",
                $"Summarized stories in {category}.", "feeds/categories/" + category, "categories/" + category, format, baseUrl, cancellationToken);

    private async Task<ApiResponse> WriteAsync(
        ArticleQuery query, string scope, string title, string description, string selfPath, string homePath, string format, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format)) return Problems.NotFound($"There is no {format} format; use rss, atom or json.");
        var page = await articles.ListAsync(query, cancellationToken);
        var entries = (await stories.FoldAsync(page.Items, cancellationToken)).Take(ItemCount).ToList();
        var leads = entries.Select(e => e.Lead).ToList();
        var root = new Uri(baseUrl.GetLeftPart(UriPartial.Authority) + "/");
        var document = new FeedDocument(
            "urn:feedfunctions:feed:" + scope,
            "FeedFunctions: " + title,
            description,
            new Uri(root, Uri.EscapeDataString(selfPath).Replace("%2F", "/", StringComparison.Ordinal) + "." + format),
            new Uri(root, homePath),
            leads.Count > 0 ? leads.Max(i => i.Published) : DateTimeOffset.UnixEpoch,
            leads,
            item => new Uri(root, "articles/" + item.Key))
        {
            Stories = entries.ToDictionary(e => e.Lead.Key),
        };
        return format switch
        {
            "rss" => ApiResponse.Text(RssFeedWriter.Write(document), RssFeedWriter.ContentType, cacheable: true),
            "atom" => ApiResponse.Text(AtomFeedWriter.Write(document), AtomFeedWriter.ContentType, cacheable: true),
            _ => ApiResponse.Text(JsonFeedWriter.Write(document), JsonFeedWriter.ContentType, cacheable: true),
        };
    }
}
