using System.Text;
using FeedFunctions.Opml;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Opml;

public sealed class OpmlTests
{
    private static string Resources => Path.Combine(RepoPaths.Eval, "realfeeds", "rsparser", "Tests", "RSParserTests", "Resources");

    [Fact]
    public void WriteThenRead_Subscriptions_RoundTrip()
    {
        (Uri, string?, Uri?)[] feeds =
        [
            (new Uri("https://a.example/feed.xml"), "A & B <news>", new Uri("https://a.example/")),
            (new Uri("https://b.example/rss?x=1&y=2"), null, null),
        ];

        var read = OpmlReader.Read(OpmlWriter.Write(feeds));

        Assert.Equal(
            [new OpmlOutline(feeds[0].Item1, "A & B <news>", feeds[0].Item3), new OpmlOutline(feeds[1].Item1, "https://b.example/rss?x=1&y=2", null)],
            read);
    }

    [Fact]
    public void Write_Feeds_IsOpml20()
    {
        var opml = OpmlWriter.Write([(new Uri("https://a.example/feed"), "A", null)]);

        Assert.Contains("<opml version=\"2.0\">", opml, StringComparison.Ordinal);
        Assert.Contains("encoding=\"utf-8\"", opml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestedFolders_FlattensAndDeduplicates()
    {
        const string opml = """
            <opml version="1.0"><body>
              <outline text="Tech"><outline text="A" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"/>
                <outline text="Deeper"><outline title="B" xmlurl="https://b.example/feed"/></outline></outline>
              <outline text="A again" xmlUrl="https://a.example/feed"/>
              <outline text="Not a feed" url="https://c.example/"/>
            </body></opml>
            """;

        var read = OpmlReader.Read(opml);

        Assert.Equal(["https://a.example/feed", "https://b.example/feed"], read.Select(o => o.XmlUrl.AbsoluteUri));
        Assert.Equal(["A", "B"], read.Select(o => o.Title));
        Assert.Equal(new Uri("https://a.example/"), read[0].HtmlUrl);
    }

    [Theory]
    [InlineData("Subs.opml")]
    [InlineData("SubsNoTitleAttributes.opml")]
    public void Read_RealExport_ReadsEveryFeed(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Resources, file));
        var expected = File.ReadAllText(Path.Combine(Resources, file)).Split("xmlUrl=", StringSplitOptions.None).Length - 1;

        var read = OpmlReader.Read(stream);

        Assert.True(read.Count > 0 && read.Count <= expected, $"{read.Count} of {expected}");
        Assert.All(read, o => Assert.False(string.IsNullOrEmpty(o.Title)));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "not-opml")]
    [InlineData("<opml><body><outline", "malformed")]
    [InlineData("not xml at all", "malformed")]
    public void Read_NotOpml_ThrowsWithCode(string text, string code)
    {
        var error = Assert.Throws<OpmlException>(() => OpmlReader.Read(text));

        Assert.Equal(code, error.Code);
        Assert.StartsWith("opml: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamWithBom_Reads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/f\"/></body></opml>")).ToArray();

        var read = OpmlReader.Read(new MemoryStream(bytes));

        Assert.Equal(new Uri("https://a.example/f"), Assert.Single(read).XmlUrl);
    }
}
