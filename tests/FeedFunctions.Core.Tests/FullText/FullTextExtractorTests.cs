using System.Text;
using FeedFunctions.Core.Tests.Fetching;
using FeedFunctions.FullText;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.FullText;

public sealed class FullTextExtractorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExtractAsync_ArticlePage_ReturnsTheArticleTextWithoutChrome()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        var text = await services.GetRequiredService<FullTextExtractor>().ExtractAsync(farm.Url("/article"), Ct);

        Assert.NotNull(text);
        Assert.Contains(FeedFarmServer.ArticleSentence + " (paragraph 1)", text, StringComparison.Ordinal);
        Assert.Contains("(paragraph 12)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright farm", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
        Assert.Equal(1, farm.Requests("/article"));
    }

    [Fact]
    public async Task ExtractAsync_Latin1Page_DecodesByTheHeaderCharset()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        farm.Route("/latin1", async context =>
        {
            context.Response.ContentType = "text/html; charset=iso-8859-1";
            var html = FeedFarmContent.ArticlePage("Café", "Le café du coin sert des crêpes à toute heure, et les habitués en parlent longuement chaque matin.", 10);
            await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes(html), context.RequestAborted);
        });
        using var services = FetchingServices.Create();

        var text = await services.GetRequiredService<FullTextExtractor>().ExtractAsync(farm.Url("/latin1"), Ct);

        Assert.Contains("Le café du coin sert des crêpes", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gone")]
    [InlineData("/500")]
    [InlineData("/nolinks")]
    public async Task ExtractAsync_NoReadablePage_ReturnsNull(string path)
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create();

        Assert.Null(await services.GetRequiredService<FullTextExtractor>().ExtractAsync(farm.Url(path), Ct));
        Assert.Equal(1, farm.Requests(path));
    }

    [Fact]
    public async Task ExtractAsync_LoopbackNotAllowed_ReturnsNullWithoutARequest()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FetchingServices.Create(o => o.AllowPrivateNetworks = false);

        Assert.Null(await services.GetRequiredService<FullTextExtractor>().ExtractAsync(farm.Url("/article"), Ct));
        Assert.Equal(0, farm.Requests("/article"));
    }
}
