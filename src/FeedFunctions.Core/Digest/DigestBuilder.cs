using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.Stories;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>
/// Gathers a subscriber's stories for one period from the article lists, folds each story's articles into one, ranks
/// the stories, names every source of the chosen ones, and puts them in the subscriber's sections.
/// </summary>
public sealed class DigestBuilder(IArticleStore articles, IStoryStore stories, IOptions<DigestOptions> options)
{
    // Bounds on the reads one digest may cost: lists, pages per list, items per page.
    private const int MaxLists = 40;
    private const int MaxPagesPerList = 3;
    private const int PageSize = 50;

    public async Task<DigestContent> BuildAsync(Subscriber subscriber, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var topics = subscriber.Topics.ToHashSet();
        var found = new Dictionary<ArticleKey, ArticleListItem>();
        foreach (var query in QueriesFor(subscriber, since, until))
        {
            await foreach (var item in ReadAsync(query, cancellationToken))
            {
                found.TryAdd(item.Key, item);
            }
        }
        var matched = found.Values.Select(i => (i, (IReadOnlyList<string>)[.. i.Analysis.Tags.Select(t => t.Slug).Where(topics.Contains).Distinct()]));
        var max = subscriber.Preferences.MaxStories ?? options.Value.MaxStoriesDefault;
        var ranked = await WithEverySourceAsync(DigestRanker.Rank(StoryDeduplicator.Merge(matched), since, until, max), cancellationToken);

        return new DigestContent(DigestSections.Arrange(ranked, subscriber), since, until) { Top = ranked.FirstOrDefault() };
    }

    // A story's row names every feed that carried it, also those outside the subscriber's lists. Read for the chosen
    // stories only (a point read each, cached by the store), not for every candidate.
    private async Task<IReadOnlyList<DigestStory>> WithEverySourceAsync(IReadOnlyList<DigestStory> ranked, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(ranked.Select(s => s.StoryId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => stories.GetAsync(id, fresh: false, cancellationToken)));
        var stored = read.OfType<StoredStory>().ToDictionary(s => s.Signature.Id, StringComparer.Ordinal);
        return [.. ranked.Select(story => story.StoryId is { } id && stored.TryGetValue(id, out var row)
            ? story with
            {
                Sources = [.. story.Sources, .. row.Sources.Where(s => story.Sources.All(known => known.FeedId != s.FeedId))
                    .Select(s => new DigestSource(s.FeedId, string.IsNullOrWhiteSpace(s.FeedTitle) ? "Unknown source" : s.FeedTitle, s.Link))],
            }
            : story)];
    }

    private static IEnumerable<ArticleQuery> QueriesFor(Subscriber subscriber, DateTimeOffset since, DateTimeOffset until)
    {
        var window = new ArticleQuery { Since = since, Until = until, PageSize = PageSize };
        var queries = subscriber.Topics.Select(t => window with { Tag = t })
            .Concat(subscriber.Categories.Select(c => window with { Category = c }))
            .Concat(subscriber.FeedIds.Select(f => window with { FeedId = f }))
            .Take(MaxLists)
            .ToList();
        return queries.Count > 0 ? queries : [window];
    }

    private async IAsyncEnumerable<ArticleListItem> ReadAsync(ArticleQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 0; page < MaxPagesPerList; page++)
        {
            var result = await articles.ListAsync(query, cancellationToken);
            foreach (var item in result.Items.Where(i => i.Published >= query.Since && i.Published < query.Until))
            {
                yield return item;
            }
            if (result.ContinuationToken is null) yield break;
            query = query with { ContinuationToken = result.ContinuationToken };
        }
    }
}
