using FeedFunctions.Feeds;

namespace FeedFunctions.Web;

/// <summary>Which tags make topics a person would follow: named people, places and organisations, and phrases of several words.</summary>
public static class TopicTags
{
    /// <summary>True for "North Korea", "Central Bank of Marevia" or "peace process"; false for a lone common word such as "percent".</summary>
    public static bool IsSpecific(Tag tag) =>
        tag.Slug.Length > 0 && (tag.Kind is TagKind.Person or TagKind.Place or TagKind.Organization || tag.Name.Contains(' ') || char.IsUpper(tag.Name[0]));

    /// <summary>At most <paramref name="max"/> distinct tags to show with a story: the specific ones in rank order, else the best one.</summary>
    public static IReadOnlyList<Tag> ToShow(IEnumerable<Tag> tags, int max)
    {
        var distinct = tags.Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
        var specific = distinct.Where(IsSpecific).Take(max).ToList();
        return specific.Count > 0 ? specific : [.. distinct.Take(1)];
    }
}
