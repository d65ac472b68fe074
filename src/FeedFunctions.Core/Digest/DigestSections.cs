using FeedFunctions.Feeds;

namespace FeedFunctions.Digest;

/// <summary>
/// Puts ranked stories into sections in the order the subscriber chose: their topics first, in their order, then
/// their categories, then their feeds; stories that came in otherwise are grouped by category, best first.
/// </summary>
public static class DigestSections
{
    public static IReadOnlyList<DigestSection> Arrange(IReadOnlyList<DigestStory> ranked, Subscriber subscriber)
    {
        var places = new Dictionary<(DigestSectionKind Kind, string Key), (int Order, string Title, List<DigestStory> Stories)>();
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var story = ranked[rank];
            var (kind, key, title, order) = PlaceOf(story, subscriber, rank);
            if (!places.TryGetValue((kind, key), out var place))
            {
                places[(kind, key)] = place = (order, title, []);
            }
            place.Stories.Add(story);
        }
        return [.. places.OrderBy(p => p.Value.Order).Select(p => new DigestSection(p.Key.Kind, p.Key.Key, p.Value.Title, p.Value.Stories))];
    }

    // Orders: chosen topics 0.., chosen categories 1000.., chosen feeds 2000.., other categories 3000 + rank of their best story.
    private static (DigestSectionKind Kind, string Key, string Title, int Order) PlaceOf(DigestStory story, Subscriber subscriber, int rank)
    {
        for (var i = 0; i < subscriber.Topics.Count; i++)
        {
            var topic = subscriber.Topics[i];
            if (!story.MatchedTopics.Contains(topic)) continue;
            var name = story.Analysis.Tags.FirstOrDefault(t => t.Slug == topic)?.Name ?? TopicNames.FromSlug(topic);
            return (DigestSectionKind.Topic, topic, name, i);
        }
        var category = story.Analysis.Category;
        var chosenCategory = IndexOf(subscriber.Categories, category);
        if (chosenCategory >= 0) return (DigestSectionKind.Category, category, CategoryTitle(category), 1000 + chosenCategory);
        for (var i = 0; i < subscriber.FeedIds.Count; i++)
        {
            if (story.Sources.FirstOrDefault(s => s.FeedId == subscriber.FeedIds[i]) is { } source)
            {
                return (DigestSectionKind.Feed, source.FeedId, source.Name, 2000 + i);
            }
        }
        return (DigestSectionKind.Category, category, CategoryTitle(category), 3000 + rank);
    }

    /// <summary>A category's display name: "business" is shown as "Business".</summary>
    public static string CategoryTitle(string category) =>
        category.Length == 0 ? "Other" : char.ToUpperInvariant(category[0]) + category[1..];

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value) return i;
        }
        return -1;
    }
}
