using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using FeedFunctions.Feeds;
using FeedFunctions.Publishing;
using FeedFunctions.Storage;

namespace FeedFunctions.Core.Tests.Publishing;

public sealed class FeedWritersTests
{
    private static readonly DateTimeOffset Newest = new(2026, 5, 20, 12, 30, 15, TimeSpan.FromHours(2));

    private static FeedDocument Document(params ArticleListItem[] items) => new(
        "urn:feedfunctions:feed:tag:nuclear-talks",
        "FeedFunctions: Topic <nuclear> & \"talks\"",
        "Stories & summaries",
        new Uri("https://feeds.example/feeds/topics/nuclear-talks.rss"),
        new Uri("https://feeds.example/topics/nuclear-talks"),
        Newest,
        items,
        item => new Uri("https://feeds.example/articles/" + item.Key));

    private static ArticleListItem Item(int index, string title, Uri? link = null) => new(
        new ArticleKey("ab12", StableId.Hash("item" + index)),
        title,
        link,
        "ab12",
        "Source & Co",
        Newest.AddHours(-index),
        new ArticleAnalysis
        {
            Headline = $"Headline {index}",
            Summary = [new SummarySentence($"First <b>sentence</b> & more {index}.", 0), new SummarySentence("Second.", 3)],
            Tags = [new Tag("North Korea", TagKind.Place, 1), new Tag("O'Brien & Sons", TagKind.Organization, 0.5)],
            Category = Categories.Politics,
            Language = "en",
        });

    private static readonly ArticleListItem[] Items =
    [
        Item(0, "Talks <resume> & \"widen\"", new Uri("https://news.example/a?x=1&y=2")),
        Item(1, "No link here"),
        Item(2, "Control\u0001char in title", new Uri("https://news.example/c")),
    ];

    [Fact]
    public void Rss_WrittenThenReadByFeedReader_KeepsEveryItem()
    {
        var feed = FeedReader.ReadFromString(RssFeedWriter.Write(Document(Items)));
        Assert.Equal(FeedType.Rss_2_0, feed.Type);
        Assert.Equal("FeedFunctions: Topic <nuclear> & \"talks\"", feed.Title);
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("Talks <resume> & \"widen\"", feed.Items[0].Title);
        Assert.Equal("https://news.example/a?x=1&y=2", feed.Items[0].Link);
        Assert.Equal("https://feeds.example/articles/" + Items[1].Key, feed.Items[1].Link);
        Assert.Equal("Controlchar in title", feed.Items[2].Title);
        Assert.Equal("First <b>sentence</b> & more 0. Second.", feed.Items[0].Description);
        Assert.Equal(["politics", "North Korea", "O'Brien & Sons"], feed.Items[0].Categories);
        Assert.Equal(Newest.UtcDateTime, feed.Items[0].PublishingDate?.ToUniversalTime());
        Assert.Equal(3, feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Rss_Channel_HasAtomSelfLinkAndRfc822Dates()
    {
        var xml = XDocument.Parse(RssFeedWriter.Write(Document(Items)));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var self = xml.Root!.Element("channel")!.Element(atom + "link")!;
        Assert.Equal(("self", "https://feeds.example/feeds/topics/nuclear-talks.rss"), ((string)self.Attribute("rel")!, (string)self.Attribute("href")!));
        Assert.Equal("Wed, 20 May 2026 10:30:15 GMT", (string?)xml.Root.Element("channel")!.Element("lastBuildDate"));
        Assert.All(xml.Descendants("pubDate"), d => DateTimeOffset.ParseExact(d.Value, "r", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Atom_WrittenThenReadByFeedReader_KeepsEveryEntry()
    {
        var text = AtomFeedWriter.Write(Document(Items));
        var feed = FeedReader.ReadFromString(text);
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.Equal(3, feed.Items.Count);
        Assert.Equal("Talks <resume> & \"widen\"", feed.Items[0].Title);
        Assert.Equal("https://news.example/a?x=1&y=2", feed.Items[0].Link);
        Assert.Equal(Newest.UtcDateTime, feed.Items[0].PublishingDate?.ToUniversalTime());
        Assert.Equal(3, feed.Items.Select(i => i.Id).Distinct().Count());

        XNamespace ns = "http://www.w3.org/2005/Atom";
        var xml = XDocument.Parse(text);
        Assert.Equal("urn:feedfunctions:feed:tag:nuclear-talks", (string?)xml.Root!.Element(ns + "id"));
        Assert.Equal("2026-05-20T10:30:15Z", (string?)xml.Root.Element(ns + "updated"));
        Assert.Contains(xml.Root.Elements(ns + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://feeds.example/feeds/topics/nuclear-talks.rss");
        var terms = xml.Root.Element(ns + "entry")!.Elements(ns + "category").Select(c => (string?)c.Attribute("term"));
        Assert.Equal(["politics", "north-korea", "o-brien-sons"], terms);
    }

    [Fact]
    public void JsonFeed_Written_FollowsVersion11Shape()
    {
        var root = JsonDocument.Parse(JsonFeedWriter.Write(Document(Items))).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://feeds.example/feeds/topics/nuclear-talks.rss", root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        var first = items[0];
        Assert.Equal("Talks <resume> & \"widen\"", first.GetProperty("title").GetString());
        Assert.Equal("First <b>sentence</b> & more 0. Second.", first.GetProperty("content_text").GetString());
        Assert.Equal(Newest, DateTimeOffset.Parse(first.GetProperty("date_published").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(["politics", "North Korea", "O'Brien & Sons"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Source & Co", first.GetProperty("authors")[0].GetProperty("name").GetString());
    }

    public static TheoryData<string> Formats => new() { "rss", "atom", "json" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_SameArticleTwice_WritesItOnce(string format)
    {
        var document = Document(Items[0], Items[0], Items[1]);
        var count = format switch
        {
            "rss" => XDocument.Parse(RssFeedWriter.Write(document)).Descendants("item").Count(),
            "atom" => XDocument.Parse(AtomFeedWriter.Write(document)).Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count(),
            _ => JsonDocument.Parse(JsonFeedWriter.Write(document)).RootElement.GetProperty("items").GetArrayLength(),
        };
        Assert.Equal(2, count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_NoItems_IsStillAValidFeed(string format)
    {
        var document = Document();
        if (format == "json")
        {
            Assert.Equal(0, JsonDocument.Parse(JsonFeedWriter.Write(document)).RootElement.GetProperty("items").GetArrayLength());
            return;
        }
        var feed = FeedReader.ReadFromString(format == "rss" ? RssFeedWriter.Write(document) : AtomFeedWriter.Write(document));
        Assert.Empty(feed.Items);
        Assert.Equal("FeedFunctions: Topic <nuclear> & \"talks\"", feed.Title);
    }
}
