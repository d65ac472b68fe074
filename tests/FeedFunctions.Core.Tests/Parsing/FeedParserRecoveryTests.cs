namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserRecoveryTests
{
    // Like feedparser's "bozo": the feed is read and the reason it was not well formed is kept.
    public static TheoryData<string, string, string> BrokenFeeds() => new()
    {
        { "HTML named entities are undefined in XML", "undefined-entities.xml", "Café — News" },
        { "bare ampersands", "bare-ampersand.xml", "Tom & Jerry" },
        { "whitespace, junk and a BOM before the XML declaration", "junk-before-declaration.xml", "Junk" },
        { "an XML declaration without version", "missing-version.xml", "No version" },
        { "control characters XML 1.0 forbids", "control-characters.xml", "Bell here" },
        { "prefixes used without a namespace declaration", "undeclared-prefix.xml", "Prefix" },
        { "a DOCTYPE declaring entities (expansion attacks) is dropped", "entity-expansion.xml", "Laughs &b;" },
    };

    [Theory]
    [MemberData(nameof(BrokenFeeds))]
    public void Parse_NotWellFormedXml_RecoversAndRecordsReason(string because, string file, string expectedTitle)
    {
        var feed = TestFeeds.Parse(file);

        Assert.True(expectedTitle == feed.Title, $"{because}: got {feed.Title}");
        Assert.True(feed.NotWellFormed, because);
        Assert.StartsWith("xml: ", feed.NotWellFormedReason, StringComparison.Ordinal);
        Assert.NotEmpty(feed.Items);
    }

    [Fact]
    public void Parse_UndefinedEntitiesInItem_DecodesThemInTitle()
    {
        var feed = TestFeeds.Parse("undefined-entities.xml");

        Assert.Equal("Fish & Chips …", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_BareAmpersandInLink_KeepsQuery()
    {
        var feed = TestFeeds.Parse("bare-ampersand.xml");

        Assert.Equal("http://example.org/?a=1&b=2", feed.Items[0].Link);
        Assert.Equal("Q&A", feed.Items[0].Title);
    }

    [Fact]
    public void Parse_UndeclaredDublinCorePrefix_ReadsCreator()
    {
        var feed = TestFeeds.Parse("undeclared-prefix.xml");

        Assert.Equal("Jane", Assert.Single(feed.Items[0].Authors).Name);
    }

    [Fact]
    public void Parse_WellFormedFeed_IsNotMarkedNotWellFormed()
    {
        var feed = TestFeeds.Parse("ttl.xml");

        Assert.False(feed.NotWellFormed);
        Assert.Null(feed.NotWellFormedReason);
    }

    [Fact]
    public void Parse_UnclosedTags_ClosesThemAndKeepsTheItem()
    {
        var feed = TestFeeds.Parse("unclosed-tags.xml");

        // "<title>Broken<item>": an item cannot sit in a title, so the title ends where the item starts.
        Assert.Equal("Broken", feed.Title);
        Assert.Equal("One", Assert.Single(feed.Items).Title);
        Assert.StartsWith("xml: ", feed.NotWellFormedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LibraryMessages_NeverReachTheReason()
    {
        foreach (var file in new[] { "undefined-entities.xml", "bare-ampersand.xml", "junk-before-declaration.xml", "unclosed-tags.xml", "truncated-document.xml" })
        {
            var reason = TestFeeds.Parse(file).NotWellFormedReason!;

            // System.Xml's messages end with "Line N, position M."; ours say "line N, column M" or name the fault.
            Assert.DoesNotContain("position", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("Object reference", reason, StringComparison.Ordinal);
        }
    }

    // Found by mutating the corpus files: each used to end in a library exception.
    public static TheoryData<string, string> Oddities() => new()
    {
        { "an xml:base that is no URI", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://[bad/\"><title>Bad base</title><entry><title>E</title><link href=\"a.html\"/></entry></feed>" },
        { "a namespace prefix with two colons", "<rss version=\"2.0\" xmlns:a:b=\"urn:x\"><channel><title>Bad base</title><item><title>E</title></item></channel></rss>" },
    };

    [Theory]
    [MemberData(nameof(Oddities))]
    public void Parse_Oddity_ReadsTheFeed(string because, string xml)
    {
        var feed = new FeedFunctions.Parsing.FeedParser().Parse(System.Text.Encoding.UTF8.GetBytes(xml), null, new Uri("https://feed.example/dir/feed"));

        Assert.True(feed.Title == "Bad base", because);
        Assert.Equal("E", Assert.Single(feed.Items).Title);
    }
}
