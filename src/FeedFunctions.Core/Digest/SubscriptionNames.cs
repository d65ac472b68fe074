using FeedFunctions.Storage;

namespace FeedFunctions.Digest;

/// <summary>Finds the names people know for the topics and feeds of a selection, which stores only slugs and ids.</summary>
public sealed class SubscriptionNames(IArticleStore articles, IFeedStore feeds)
{
    /// <summary>Topic names from the tags of their latest story (else the slug made readable); feed titles (else the host).</summary>
    public async Task<SelectionNames> ForAsync(SubscriptionSelection selection, CancellationToken cancellationToken)
    {
        // One point read or one-row list per chosen topic and feed: at most 20 and 50 of them (SubscriptionValidator).
        var topics = await Task.WhenAll(selection.Topics.Select(async slug => (slug, Name: await TopicNameAsync(slug, cancellationToken))));
        var feedNames = await Task.WhenAll(selection.FeedIds.Select(async id => (id, Name: await FeedNameAsync(id, cancellationToken))));
        return new SelectionNames(
            topics.DistinctBy(t => t.slug).ToDictionary(t => t.slug, t => t.Name),
            feedNames.DistinctBy(f => f.id).ToDictionary(f => f.id, f => f.Name));
    }

    private async Task<string> TopicNameAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await articles.ListAsync(new ArticleQuery { Tag = slug, PageSize = 1 }, cancellationToken);
        return page.Items.SelectMany(i => i.Analysis.Tags).FirstOrDefault(t => t.Slug == slug)?.Name ?? TopicNames.FromSlug(slug);
    }

    private async Task<string> FeedNameAsync(string id, CancellationToken cancellationToken) =>
        await feeds.GetAsync(id, cancellationToken) is { } feed
            ? feed.Title is { Length: > 0 } title ? title : feed.Url.Host
            : "a feed that is no longer followed";
}

/// <summary>Display names by topic slug and by feed id.</summary>
public sealed record SelectionNames(IReadOnlyDictionary<string, string> Topics, IReadOnlyDictionary<string, string> Feeds)
{
    public string Topic(string slug) => Topics.TryGetValue(slug, out var name) ? name : TopicNames.FromSlug(slug);

    public string Feed(string id) => Feeds.TryGetValue(id, out var name) ? name : "a feed that is no longer followed";
}
