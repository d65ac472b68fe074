using System.Net;
using FeedFunctions.Host.Samples;
using FeedFunctions.Opml;
using FeedFunctions.Parsing;

namespace FeedFunctions.Host.Tests.Web;

/// <summary>The demo's links lead somewhere: the sample server serves a page for every item and section its feeds link to.</summary>
public sealed class SampleArticlePagesTests
{
    [Fact]
    public async Task SampleServer_EveryItemAndSectionLink_AnswersAPageMadeFromTheItem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var samples = await SampleFeedServer.StartAsync(TimeProvider.System, ct);
        using var client = new HttpClient();
        var parser = new FeedParser();
        var items = 0;

        foreach (var outline in OpmlReader.Read(await samples.ReadOpmlAsync(ct)))
        {
            var feed = parser.Parse(await client.GetByteArrayAsync(outline.XmlUrl, ct), null, outline.XmlUrl);
            var section = await client.GetStringAsync(feed.Link, ct);
            Assert.Contains($"<h1>{WebUtility.HtmlEncode(feed.Title)}</h1>", section, StringComparison.Ordinal);
            foreach (var item in feed.Items)
            {
                var page = await client.GetStringAsync(item.Link, ct);
                Assert.Contains($"<h1>{WebUtility.HtmlEncode(item.Title)}</h1>", page, StringComparison.Ordinal);
                // The body is the item's own content: its first paragraph is there.
                var firstParagraph = (item.Content ?? item.Description)!.Split("</p>")[0].Replace("<p>", "", StringComparison.Ordinal).Trim();
                Assert.Contains(WebUtility.HtmlDecode(firstParagraph)[..60], WebUtility.HtmlDecode(page), StringComparison.Ordinal);
                items++;
            }
        }

        Assert.Equal(22, items);
        using var unknown = await client.GetAsync(new Uri(samples.BaseUrl, "articles/no-such-story"), ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
