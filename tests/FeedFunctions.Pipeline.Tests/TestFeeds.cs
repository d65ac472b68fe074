using System.Globalization;
using System.Security;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>Small RSS documents for the pipeline tests.</summary>
internal static class TestFeeds
{
    public sealed record Item(string Guid, string Title, string Link, string Text, DateTimeOffset Published);

    public static string Rss(string title, params Item[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{SecurityElement.Escape(title)}</title><link>http://example.test/</link><description>test</description>
        {string.Concat(items.Select(ItemXml))}
        </channel></rss>
        """;

    private static string ItemXml(Item i) =>
        $"<item><guid isPermaLink=\"false\">{SecurityElement.Escape(i.Guid)}</guid><title>{SecurityElement.Escape(i.Title)}</title>" +
        $"<link>{SecurityElement.Escape(i.Link)}</link><description>{SecurityElement.Escape(i.Text)}</description>" +
        $"<pubDate>{i.Published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>";

    /// <summary>A news-like text long enough not to read as a teaser.</summary>
    public static string Story(string subject, int sentences = 8) => string.Join(" ", Enumerable.Range(1, sentences).Select(n =>
        $"In the {Ordinal(n)} development, officials in Lisbon said {subject} would affect {n * 120} households across the region by March."));

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => n + "th" };
}
