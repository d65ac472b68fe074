using FeedFunctions.Parsing;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Every real feed file of the shared corpora parses, and every non-feed gets its specific error code.</summary>
public sealed class RealFeedTests
{
    private static readonly string[] Roots = [Path.Combine("feeds", "codehollow-feedreader"), "realfeeds"];

    private static readonly string[] NotData = ["LICENSE", "README.txt", "README.MD", "feeds.txt", "Info.plist"];

    // Decided by reading each file: what it is when it is not a feed with items.
    private static readonly Dictionary<string, string> Expectations = new(StringComparer.Ordinal)
    {
        ["realfeeds/rsparser/Tests/RSParserTests/Resources/Subs.opml"] = "opml",
        ["realfeeds/rsparser/Tests/RSParserTests/Resources/SubsNoTitleAttributes.opml"] = "opml",
        // A snapshot of a channel whose items had all expired.
        ["feeds/codehollow-feedreader/FeedReader.Tests/Feeds/Rss20DailyMail.xml"] = "no-items",
        // RSS 0.92 and JSON Feed make title and link optional: these items have only a description or an id.
        ["feeds/codehollow-feedreader/FeedReader.Tests/Feeds/Rss092FullSample.xml"] = "untitled-items",
        ["realfeeds/rsparser/Tests/RSParserTests/Resources/authors.json"] = "untitled-items",
        ["realfeeds/rsparser/Tests/RSParserTests/Resources/jsonfeed-extension.json"] = "untitled-items",
        // Cut off in the middle of a string: not JSON at all.
        ["realfeeds/rsparser/Tests/RSParserTests/Resources/allthis-partial.json"] = "malformed",
        // Charset fixtures that are feeds without items, or not feeds at all (a <note> document).
        ["realfeeds/miniflux/internal/reader/encoding/testdata/iso-8859-1.xml"] = "no-items",
        ["realfeeds/miniflux/internal/reader/encoding/testdata/windows-1252.xml"] = "no-items",
        ["realfeeds/miniflux/internal/reader/encoding/testdata/windows-1252-incorrect-prolog.xml"] = "no-items",
        ["realfeeds/miniflux/internal/reader/xml/testdata/iso88591.xml"] = "xml-not-feed",
        ["realfeeds/miniflux/internal/reader/xml/testdata/iso88591_utf8_mismatch.xml"] = "xml-not-feed",
        // Scraper results are HTML fragments that start with a <p> or <img>, not pages.
        ["realfeeds/miniflux/internal/reader/scraper/testdata/iframe.html-result"] = "html",
        ["realfeeds/miniflux/internal/reader/scraper/testdata/img.html-result"] = "html",
        ["realfeeds/miniflux/internal/reader/scraper/testdata/p.html-result"] = "html",
    };

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var root in Roots)
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Eval, root), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (NotData.Contains(name) || name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith(".swift", StringComparison.Ordinal)) continue;
                data.Add(Path.GetRelativePath(RepoPaths.Eval, path).Replace('\\', '/'));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_RealFile_YieldsItemsOrItsSpecificError(string relativePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Eval, relativePath));
        var expected = Expectations.GetValueOrDefault(relativePath) ?? (IsHtmlPage(relativePath) ? "html" : "items");

        if (expected is "html" or "opml" or "xml-not-feed" or "malformed")
        {
            var error = Assert.Throws<FeedParseException>(() => new FeedParser().Parse(bytes, null, null));
            Assert.Equal(expected, error.Code);
            return;
        }
        var feed = new FeedParser().Parse(bytes, null, null);
        if (expected == "no-items")
        {
            Assert.NotNull(feed.Title);
            return;
        }
        if (expected == "untitled-items")
        {
            Assert.NotEmpty(feed.Items);
            Assert.All(feed.Items, i => Assert.True(i.Description is not null || i.Content is not null || i.Guid is not null));
            return;
        }
        Assert.Contains(feed.Items, i => i.Title is not null || i.Link is not null);
    }

    private static bool IsHtmlPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
