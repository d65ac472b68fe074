using FeedFunctions.Api;
using FeedFunctions.Feeds;

namespace FeedFunctions.Web;

/// <summary>
/// The reader pages as finished responses, for both hosts: /, /topics, /topics/{tag}, /categories/{category},
/// /articles/{id}, /stories/{id}, /feeds and GET /subscribe. The self-host's endpoints and the Functions app's triggers only copy them out.
/// </summary>
public sealed class ReaderSite(ReaderPages pages, FeedsPage feeds, SubscriptionChoices choices)
{
    public async Task<ApiResponse> HomeAsync(CancellationToken cancellationToken) => HtmlResponses.Page(await pages.HomeAsync(cancellationToken));

    /// <summary>The topic filter's GET form: any text becomes its slug, so "North Korea" finds /topics/north-korea.</summary>
    public static ApiResponse FindTopic(QueryValues query) =>
        query.All("tag") is [var tag, ..] && TagSlug.From(tag) is { Length: > 0 } slug && ApiParameters.IsTagSlug(slug)
            ? HtmlResponses.Redirect("/topics/" + Uri.EscapeDataString(slug))
            : HtmlResponses.Redirect("/");

    public async Task<ApiResponse> TopicAsync(string tag, CancellationToken cancellationToken) =>
        ApiParameters.IsTagSlug(tag)
            ? HtmlResponses.Page(await pages.TopicAsync(tag, cancellationToken))
            : HtmlResponses.NotFound("There is no topic with that name.");

    public async Task<ApiResponse> CategoryAsync(string category, CancellationToken cancellationToken) =>
        Categories.IsKnown(category)
            ? HtmlResponses.Page(await pages.CategoryAsync(category, cancellationToken))
            : HtmlResponses.NotFound($"The categories are {string.Join(", ", Categories.All)}.");

    public async Task<ApiResponse> ArticleAsync(string id, CancellationToken cancellationToken) =>
        ArticleKey.TryParse(id, out var key) && await pages.ArticleAsync(key, cancellationToken) is { } html
            ? HtmlResponses.Page(html)
            : HtmlResponses.NotFound("This story is unknown or not summarized yet.");

    public async Task<ApiResponse> StoryAsync(string id, CancellationToken cancellationToken) =>
        ApiParameters.IsStoryId(id) && await pages.StoryAsync(id, cancellationToken) is { } html
            ? HtmlResponses.Page(html)
            : HtmlResponses.NotFound("This story is unknown.");

    /// <summary>/feeds?status=failing&amp;page=2: feed health a page at a time.</summary>
    public async Task<ApiResponse> FeedsAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var (html, status, error) = await feeds.RenderAsync(query, cancellationToken);
        return html is not null ? HtmlResponses.Page(html) : HtmlResponses.Error(status, error!);
    }

    /// <summary>The subscribe form; ?topic= and ?category= tick one choice in advance (links from topic and category pages).</summary>
    public async Task<ApiResponse> SubscribeAsync(QueryValues query, CancellationToken cancellationToken)
    {
        var values = new SubscriptionFormValues
        {
            Topics = query.All("topic") is [var topic, ..] && TagSlug.From(topic) is { Length: > 0 } slug ? [slug] : [],
            Categories = query.All("category") is [var category, ..] && Categories.IsKnown(category) ? [category] : [],
        };
        var lists = await choices.LoadAsync(cancellationToken);
        // A topic asked for by link is offered by name even when it is not among this month's most common.
        if (values.Topics is [var asked] && lists.Topics.All(t => t.Value != asked))
        {
            values = values with { Topics = [Digest.TopicNames.FromSlug(asked)] };
        }
        return HtmlResponses.Page(SubscriptionPages.SubscribePage(values, null, lists));
    }
}
