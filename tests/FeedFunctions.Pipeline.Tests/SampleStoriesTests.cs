using FeedFunctions.Host.Samples;
using FeedFunctions.Opml;
using FeedFunctions.Storage;
using FeedFunctions.Stories;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The bundled samples through the whole pipeline: the events that several sample feeds report end as one story each, with every source.</summary>
public sealed class SampleStoriesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FetchThenProcess_SampleFeeds_EachSharedEventIsOneStoryWithItsSources()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        await using var samples = await SampleFeedServer.StartAsync(TimeProvider.System, ct);
        foreach (var outline in OpmlReader.Read(await samples.ReadOpmlAsync(ct))) await context.Feeds.AddAsync(outline.XmlUrl, outline.Title, ct);

        await context.FetchAsync(ct);
        await context.ProcessQueueAsync(ct);
        var listed = await context.Articles.ListAsync(new ArticleQuery { PageSize = 100 }, ct);
        var entries = await ActivatorUtilities.CreateInstance<StoryReader>(context.Services).FoldAsync(listed.Items, ct);

        // 22 articles: 15 events, five of them reported by two or three of the five feeds.
        Assert.Equal(22, listed.Items.Count);
        Assert.All(listed.Items, i => Assert.NotNull(i.StoryId));
        // Each story of several sources, named by its sources and the first word of each title.
        string Describe(StoryEntry e) => string.Join(" + ", e.Listed.Select(i => $"{i.FeedTitle}: {i.Title.Split(' ')[0]}").Order(StringComparer.Ordinal));
        Assert.Equal(
        [
            "Business, Sport & Entertainment: Central + Continental Wire: Marevia + The Harbour Courier: Marevia",
            "Business, Sport & Entertainment: Ravensport + Continental Wire: Okoro",
            "Continental Wire: Corvane + Technology, Science & Health: Corvane",
            "Continental Wire: Halvik + The Harbour Courier: Halvik + World News: Halvik",
            "The Harbour Courier: Porto + World News: Coastal",
        ], entries.Where(e => e.Sources.Count > 1).Select(Describe).Order(StringComparer.Ordinal));
        Assert.All(entries.Where(e => e.Sources.Count > 1), e => Assert.Equal(e.Listed.Count, e.Sources.Count));
        Assert.Equal(15, entries.Count);
        // The Courier ran the wire's rate-cut report word for word: whichever of the two was placed second is marked
        // the copy (articles are placed as they are processed, which here is in parallel), and nothing else is.
        var marevia = Assert.Single(entries, e => e.Listed.Any(i => i.Title.Contains("Marevia", StringComparison.Ordinal)));
        Assert.Contains(Assert.Single(marevia.Sources, s => s.NearDuplicate).Name, (string[])["Continental Wire", "The Harbour Courier"]);
        Assert.Single(entries.SelectMany(e => e.Sources), s => s.NearDuplicate);
    }
}
