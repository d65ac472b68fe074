using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Each kind of feed that issue 12 found refused or half read parses, best effort, with the fault recorded (feedparser's "bozo").</summary>
public sealed class FeedKindsTests
{
    /// <summary>What a fixture must parse to; null fields are not checked.</summary>
    public sealed record Expected(
        string Because,
        string File,
        string? Title,
        int Items,
        string? FirstLink = null,
        string? FirstDescription = null,
        string? LastTitle = null,
        string? LastLinkOrDescription = null,
        string? Reason = null)
    {
        public override string ToString() => File;
    }

    public static TheoryData<Expected> Kinds() =>
    [
        // RSS 2.0 section "Required channel elements": <rss version> holds one <channel>; CodeHollow threw a NullReferenceException.
        new Expected("an <rss> with no <channel>", "rss-no-channel.xml", "Channel-less Chronicle", 2,
            "https://channelless.example/morning", "Coffee and headlines.", "Evening edition", "https://channelless.example/evening", "no <channel>"),
        new Expected("an <rss> with no version attribute", "rss-no-version.xml", "Versionless Voice", 1,
            "https://versionless.example/only", "Read as RSS 2.0.", Reason: "no version"),
        new Expected("an <rss> with neither, and no title", "rss-no-channel-no-version.xml", null, 1, "https://bare.example/1", Reason: "no <channel>"),
        new Expected("a closing tag cut off by the end of the body", "truncated-closing-tag.xml", "Cut Short Courier", 1,
            "https://cutshort.example/complete", "All of it arrived.", Reason: "cut off"),
        new Expected("a document cut off inside an item: what arrived is kept", "truncated-document.xml", "Interrupted Intelligencer", 2,
            "https://interrupted.example/1", "This one is complete.", "Second story", "The connection dropped in the mid", "cut off"),
        new Expected("a CDATA section never closed: it ends at its element's end tag", "incomplete-cdata.xml", "Careless CDATA", 2,
            "https://cdata.example/1", "<p>Bold <b>claims</b> &amp; more</p>", "After the damage", "<p>Still read</p>", "CDATA section is not closed"),
        // Microsoft CDF (W3C NOTE-CDFsubmit-19970309): HREF links, TITLE and ABSTRACT, BASE for relative URLs.
        new Expected("a CDF channel", "cdf.xml", "Channel Definition Digest", 2,
            "http://cdf.example/news/first.html", "Delivered to the desktop.", "Second pushed story", "http://cdf.example/news/second.html"),
        // Module elements only fill what the format left empty (RSS 1.0 and 2.0 alike).
        new Expected("RSS 1.0 whose dc:title and dc:description come before the core ones", "rss10-module-clash.xml", "Core channel title", 2,
            "https://rdfclash.example/1", "Core item description", "Only a Dublin Core title", "Only a Dublin Core description"),
        new Expected("RSS 2.0 whose media:, dc: and itunes: elements come before the core ones", "rss20-module-clash.xml", "Core channel title", 2,
            "https://rssclash.example/1", "Core item description", "Only a Dublin Core title", "Only an iTunes summary"),
        // Media RSS 1.5: media:group gathers the media:description of an item that has no description of its own.
        new Expected("media:group/media:description in RSS", "media-group-rss.xml", "Grouped Media Gazette", 2,
            "https://mediagroup.example/clip", "Described only inside the media group.", "Clip with its own description", "The item's own description wins."),
        new Expected("media:group/media:description in Atom (YouTube's shape)", "media-group-atom.xml", "Video Channel", 1,
            "https://video.example/watch?v=1", "Episode one &amp; its story, told in the media group."),
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Parse_FeedKind_ReadsWhatTheFeedHolds(Expected expected)
    {
        var feed = TestFeeds.Parse(expected.File);

        Assert.True(expected.Title == feed.Title, $"{expected.Because}: title {feed.Title}");
        Assert.True(expected.Items == feed.Items.Count, $"{expected.Because}: {feed.Items.Count} items");
        if (expected.FirstLink is not null) Assert.Equal(expected.FirstLink, feed.Items[0].Link);
        if (expected.FirstDescription is not null) Assert.Equal(expected.FirstDescription, feed.Items[0].Description);
        if (expected.LastTitle is not null) Assert.Equal(expected.LastTitle, feed.Items[^1].Title);
        if (expected.LastLinkOrDescription is not null) Assert.Contains(expected.LastLinkOrDescription, new[] { feed.Items[^1].Link, feed.Items[^1].Description });
        Assert.True(feed.NotWellFormed == expected.Reason is not null, $"{expected.Because}: NotWellFormedReason {feed.NotWellFormedReason}");
        if (expected.Reason is not null) Assert.Contains(expected.Reason, feed.NotWellFormedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ModuleClash_CoreChannelDescriptionAndContentWin()
    {
        var rdf = TestFeeds.Parse("rss10-module-clash.xml");
        var rss = TestFeeds.Parse("rss20-module-clash.xml");

        Assert.Equal("Core channel description", rdf.Description);
        Assert.Equal("Core item title", rdf.Items[0].Title);
        Assert.Equal("<p>Full content</p>", rdf.Items[0].Content);
        Assert.Equal("Core item title", rss.Items[0].Title);
        Assert.Equal("<p>Encoded content</p>", rss.Items[0].Content);
    }

    [Fact]
    public void Parse_CdfChannel_ReadsLinkFormatAndDates()
    {
        var feed = TestFeeds.Parse("cdf.xml");

        Assert.Equal("cdf", feed.Format);
        Assert.Equal("http://cdf.example/index.html", feed.Link);
        Assert.Equal("Push content, 1997 style.", feed.Description);
        Assert.Equal(new DateTimeOffset(1998, 11, 5, 22, 12, 0, TimeSpan.Zero), feed.Items[0].Updated?.Value);
    }

    [Fact]
    public void Parse_AtomXhtmlWithSvgAndMathMl_KeepsTheirTextAndDropsActiveParts()
    {
        var content = Assert.Single(TestFeeds.Parse("atom-svg-mathml.xml").Items).Content;

        Assert.NotNull(content);
        Assert.Contains("The area is A=πr2.", content, StringComparison.Ordinal);
        Assert.Contains("radius r", content, StringComparison.Ordinal);
        Assert.Contains("<p>End of figure.</p>", content, StringComparison.Ordinal);
        foreach (var unsafePart in new[] { "alert", "script", "javascript", "onload", "<svg", "<math", "hidden html" })
        {
            Assert.DoesNotContain(unsafePart, content, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Legacy charsets declared only in the XML declaration (XML 1.0 section 4.3.3), with no BOM and no HTTP charset.
    public static TheoryData<string, string> LegacyEncodings() => new()
    {
        { "encoding-big5.xml", "臺北新聞 — 颱風消息" },
        { "encoding-gb2312.xml", "北京新闻：天气预报" },
        { "encoding-shift_jis.xml", "東京ニュース：天気予報" },
        { "encoding-euc-kr.xml", "서울 뉴스: 일기 예보" },
        { "encoding-koi8-r.xml", "Новости Москвы: прогноз погоды" },
        { "encoding-windows-1250.xml", "Zprávy z Prahy: předpověď počasí" },
        { "encoding-windows-1251.xml", "Новини Києва: прогноз погоди" },
        { "encoding-windows-1253.xml", "Ειδήσεις Αθήνας: πρόγνωση καιρού" },
        { "encoding-windows-1254.xml", "İstanbul Haberleri: hava durumu" },
        { "encoding-windows-1255.xml", "חדשות ירושלים: תחזית מזג האוויר" },
        { "encoding-windows-1256.xml", "أخبار القاهرة: حالة الطقس" },
        { "encoding-windows-1257.xml", "Rīgas ziņas: laika prognoze" },
        { "encoding-iso-8859-2.xml", "Wiadomości z Krakowa: pogoda" },
        { "encoding-iso-8859-5.xml", "Вести Београда: временска прогноза" },
        { "encoding-iso-8859-7.xml", "Νέα της Θεσσαλονίκης: καιρός" },
        { "encoding-iso-8859-15.xml", "Actualités de Liège : météo à 12 €" },
        // Aliases feeds write for the same code pages.
        { "encoding-alias-x-sjis.xml", "東京ニュース" },
        { "encoding-alias-cp1251.xml", "Новини" },
        { "encoding-alias-latin2.xml", "Wiadomości" },
        { "encoding-alias-ks_c_5601-1987.xml", "서울 뉴스" },
        // WHATWG Encoding labels .NET does not know by that name.
        { "encoding-alias-windows-31j.xml", "大阪ニュース" },
        { "encoding-alias-x-mac-roman.xml", "Café Crème" },
        { "encoding-alias-iso88592.xml", "Łódź dziś" },
        { "encoding-alias-gb_2312.xml", "上海新闻" },
    };

    [Theory]
    [MemberData(nameof(LegacyEncodings))]
    public void Parse_LegacyEncodingInPrologOnly_DecodesText(string file, string expected)
    {
        var feed = TestFeeds.Parse(file);

        Assert.Equal(expected, feed.Title);
        Assert.Equal(expected, Assert.Single(feed.Items).Title);
        Assert.False(feed.NotWellFormed, feed.NotWellFormedReason);
    }
}
