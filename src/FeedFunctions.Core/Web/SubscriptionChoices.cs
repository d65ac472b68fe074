using FeedFunctions.Storage;

namespace FeedFunctions.Web;

/// <summary>What the subscription form offers to tick: the month's most common specific topics and every followed feed, by name.</summary>
public sealed class SubscriptionChoices(IArticleStore articles, IFeedStore feeds, TimeProvider clock)
{
    public const int PopularTopics = 12;
    private const int MaxArticlesCounted = 500;

    public async Task<ChoiceLists> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        return new ChoiceLists(
            await PopularAsync(cancellationToken),
            [.. all.Select(f => new Choice(f.Id, f.Title is { Length: > 0 } title ? title : f.Url.Host)).OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)]);
    }

    // A lone common word ("percent", "company") is a tag that helps search but not a topic to subscribe to.
    private async Task<IReadOnlyList<Choice>> PopularAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = new Dictionary<string, (string Name, int Count)>();
        var query = new ArticleQuery { Since = now - TimeSpan.FromDays(30), Until = now, PageSize = 100 };
        for (var read = 0; read < MaxArticlesCounted;)
        {
            var page = await articles.ListAsync(query, cancellationToken);
            foreach (var tag in page.Items.SelectMany(i => i.Analysis.Tags.Where(TopicTags.IsSpecific).DistinctBy(t => t.Slug)))
            {
                counts[tag.Slug] = (counts.TryGetValue(tag.Slug, out var seen) ? seen.Name : tag.Name, seen.Count + 1);
            }
            read += page.Items.Count;
            if (page.ContinuationToken is null) break;
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        return [.. counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.Name, StringComparer.InvariantCultureIgnoreCase)
            .Take(PopularTopics).Select(c => new Choice(c.Key, c.Value.Name))];
    }
}

/// <summary>A value the form sends and the name a person reads.</summary>
public sealed record Choice(string Value, string Name);

/// <summary>The topics and feeds a subscription form lists.</summary>
public sealed record ChoiceLists(IReadOnlyList<Choice> Topics, IReadOnlyList<Choice> Feeds);
