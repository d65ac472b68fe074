namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserEncodingTests
{
    // RFC 7303 section 3: BOM, then the charset parameter, then the XML declaration, then UTF-8.
    public static TheoryData<string, string, string?, string> Cases() => new()
    {
        { "windows-1251 from the declaration", "windows-1251.xml", null, "Новости" },
        { "iso-8859-1 from the declaration", "iso-8859-1-declared.xml", null, "Café Größe" },
        { "iso-8859-1 without a declared encoding: invalid UTF-8 falls back to Windows-1252", "iso-8859-1-undeclared.xml", null, "Café Größe" },
        { "iso-8859-1 from the HTTP charset when the document declares none", "iso-8859-1-undeclared.xml", "application/rss+xml; charset=ISO-8859-1", "Café Größe" },
        { "a UTF-8 BOM wins over a declaration of iso-8859-1", "utf8-bom-declared-latin1.xml", null, "Café Größe" },
        { "a UTF-8 BOM wins over an HTTP charset of iso-8859-1", "utf8-bom-declared-latin1.xml", "text/xml; charset=iso-8859-1", "Café Größe" },
        { "UTF-16LE with a BOM", "utf16le-bom.xml", null, "Café Größe" },
        { "the HTTP charset wins over the declaration", "iso-8859-1-declared.xml", "application/xml; charset=\"windows-1252\"", "Café Größe" },
        { "koi8-r known only from the HTTP charset", "koi8r-no-declaration.xml", "application/rss+xml; charset=koi8-r", "Пример" },
        { "an HTTP charset of utf-8 over bytes that are not UTF-8 falls back to Windows-1252", "iso-8859-1-declared.xml", "text/xml; charset=utf-8", "Café Größe" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Encoding_DecodesTitle(string because, string file, string? contentType, string expectedTitle)
    {
        var feed = TestFeeds.Parse(file, contentType);

        Assert.True(expectedTitle == feed.Title, $"{because}: got {feed.Title}");
        Assert.Equal(expectedTitle, feed.Items[0].Title);
    }

    [Theory]
    [InlineData("encoding_WINDOWS-1251.xml", "iBash.Org.Ru", "Цитата")]
    [InlineData("encoding_ISO-8859-1.xml", "Golem.de", null)]
    public void Parse_MinifluxLegacyCodePage_DecodesNonAsciiText(string file, string title, string? itemTitlePrefix)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FeedFunctions.TestSupport.RepoPaths.Eval, "realfeeds", "miniflux", "internal", "reader", "parser", "testdata", file));

        var feed = new FeedFunctions.Parsing.FeedParser().Parse(bytes, null, null);

        Assert.Equal(title, feed.Title);
        Assert.DoesNotContain(feed.Items, i => i.Title!.Contains('\uFFFD', StringComparison.Ordinal) || i.Title.Contains('Ã', StringComparison.Ordinal));
        if (itemTitlePrefix is not null) Assert.StartsWith(itemTitlePrefix, feed.Items[0].Title, StringComparison.Ordinal);
    }
}
