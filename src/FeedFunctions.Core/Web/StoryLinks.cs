using FeedFunctions.Stories;

namespace FeedFunctions.Web;

/// <summary>How a page names the other sources of a story: "Also reported by" with a link to our page of each one's article, and a link to the story.</summary>
internal static class StoryLinks
{
    /// <summary>The line under a story card; empty for a story of one article.</summary>
    public static string AlsoReportedBy(StoryEntry entry)
    {
        if (entry.StoryId is null || entry.MemberCount < 2) return "";
        var also = entry.AlsoReportedBy;
        var names = also.Count == 0 ? "" : "Also reported by " + string.Join(", ", also.Select(Source)) + " · ";
        return $"<p class=\"also\">{names}<a href=\"/stories/{Html.Segment(entry.StoryId)}\">{Html.E(Reports(entry.MemberCount, entry.Sources.Count))}</a></p>";
    }

    /// <summary>A source by name, linking to our page of its article; a wire copy says so.</summary>
    public static string Source(StoryEntrySource source) =>
        $"<a href=\"/articles/{Html.Segment(source.ArticleKey)}\">{Html.E(source.Name)}</a>{(source.NearDuplicate ? " (copy)" : "")}";

    /// <summary>"3 reports from 2 sources".</summary>
    public static string Reports(int articles, int sources) =>
        Html.Count(articles, "report", "reports") + " from " + Html.Count(sources, "source", "sources");
}
