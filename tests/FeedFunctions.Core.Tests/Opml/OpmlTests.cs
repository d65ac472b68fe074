using FeedFunctions.Opml;
using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Opml;

public sealed class OpmlTests
{
    [Fact]
    public void Read_NestedFoldersAndDuplicates_FlattenedOnceEach_NonHttpSkipped()
    {
        const string opml = """
            <opml version="1.0"><head/><body>
              <outline text="News">
                <outline text="A" xmlUrl="https://a.test/feed" htmlUrl="https://a.test/"/>
                <outline title="B" text="b" xmlUrl="http://b.test/rss"/>
              </outline>
              <outline text="A again" xmlUrl="https://a.test/feed"/>
              <outline text="ftp" xmlUrl="ftp://c.test/feed"/>
            </body></opml>
            """;

        var outlines = OpmlReader.Read(opml);

        Assert.Equal(
            [new OpmlOutline(new Uri("https://a.test/feed"), "A", new Uri("https://a.test/")), new OpmlOutline(new Uri("http://b.test/rss"), "B", null)],
            outlines);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "unknown-format")]
    [InlineData("<opml><body><outline", "malformed")]
    public void Read_NotOpml_ThrowsWithCode(string text, string code) =>
        Assert.Equal(code, Assert.Throws<FeedParseException>(() => OpmlReader.Read(text)).Code);

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var feeds = new[]
        {
            (new Uri("https://a.test/feed?x=1&y=2"), (string?)"A & B <news>", (Uri?)new Uri("https://a.test/")),
            (new Uri("https://b.test/rss"), (string?)null, (Uri?)null),
        };

        var outlines = OpmlReader.Read(OpmlWriter.Write(feeds));

        Assert.Equal([feeds[0].Item1, feeds[1].Item1], outlines.Select(o => o.XmlUrl));
        Assert.Equal("A & B <news>", outlines[0].Title);
        Assert.Equal(new Uri("https://a.test/"), outlines[0].HtmlUrl);
    }
}
