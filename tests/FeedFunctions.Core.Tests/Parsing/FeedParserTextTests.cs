using System.Text;
using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedParserTextTests
{
    private static ParsedFeed Parse(string xml) => new FeedParser().Parse(Encoding.UTF8.GetBytes(xml), null, null);

    [Fact]
    public void Parse_TitleWithStrayByteOrderMark_DropsIt()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>Column: \uFEFFWhat a match</title></item></channel></rss>");

        Assert.Equal("Column: What a match", feed.Items[0].Title);
    }

    // RFC 4287 section 3.1.1.2: type="html" content is escaped HTML; feeds also write the markup unescaped.
    [Fact]
    public void Parse_AtomHtmlContentWrittenUnescaped_KeepsMarkupAndResolvesXmlBase()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
            <content type="html" xml:base="http://example.com/test/">Example <a href="test.html">test</a></content>
            <summary type="html"><div xmlns="http://www.w3.org/1999/xhtml">&lt;p&gt;Escaped in a div&lt;/p&gt;</div></summary>
            </entry></feed>
            """);

        Assert.Equal("Example <a href=\"http://example.com/test/test.html\" rel=\"noopener noreferrer\">test</a>", feed.Items[0].Content);
        Assert.Equal("<p>Escaped in a div</p>", feed.Items[0].Description);
    }

    [Fact]
    public void Parse_RssDescriptionWrittenUnescaped_KeepsMarkup()
    {
        var feed = Parse("<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description><p>Naked <b>markup</b></p></description></item></channel></rss>");

        Assert.Equal("<p>Naked <b>markup</b></p>", feed.Items[0].Description);
    }
}
