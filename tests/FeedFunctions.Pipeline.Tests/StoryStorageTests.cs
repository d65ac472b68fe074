using FeedFunctions.Feeds;
using FeedFunctions.Stories;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>Story assignment against Azurite: the same news from several sources ends in one story, and two processors racing on one new story found only one.</summary>
public sealed class StoryStorageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AssignAsync_TwoStoriesFromThreeSourcesEachAndAnUnrelatedArticle_ThreeStoriesWithTheirSources()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var assigner = context.Get<StoryAssigner>();
        var inputs = new[]
        {
            Input("wire", 0, "Flood waters rise along the Danube as Budapest closes riverside roads", "The Danube reached its highest level in a decade in Budapest on Monday, and the city closed roads along both banks."),
            Input("daily", 1, "Budapest shuts riverside roads as the Danube floods", "Authorities in Budapest closed roads along the Danube on Monday as the river rose to a ten-year high."),
            Input("herald", 2, "Danube flood: Budapest closes roads along the river", "The Danube flooded roads in Budapest on Monday, its highest level in ten years, and the city shut both banks."),
            Input("wire", 3, "Chipmaker Norvex to build a $4bn plant in Arizona", "Norvex, the chipmaker, said on Monday it would build a $4bn semiconductor plant in Arizona, creating 2,000 jobs."),
            Input("daily", 4, "Norvex plans $4bn Arizona semiconductor plant", "The chipmaker Norvex will spend $4bn on a semiconductor plant in Arizona that it says will employ 2,000 people."),
            Input("herald", 5, "Arizona lands Norvex's $4bn chip plant", "Arizona will be home to a $4bn semiconductor plant from Norvex, the chipmaker said on Monday, with 2,000 jobs."),
            Input("gazette", 6, "Local library extends weekend opening hours", "The central library will open on Sundays from next month, the council said, after a survey of readers."),
        };

        var placed = new List<StoryPlacement>();
        foreach (var input in inputs) placed.Add(await assigner.AssignAsync(input, ct));

        Assert.Equal(3, placed.Select(p => p.StoryId).Distinct().Count());
        Assert.Single(placed.Take(3).Select(p => p.StoryId).Distinct());
        Assert.Single(placed.Skip(3).Take(3).Select(p => p.StoryId).Distinct());
        var flood = await context.Get<IStoryStore>().GetAsync(placed[0].StoryId, fresh: true, ct);
        Assert.Equal(3, flood!.Signature.MemberCount);
        Assert.Equal(["wire", "daily", "herald"], flood.Sources.Select(s => s.FeedTitle));
        Assert.Equal(3, (await context.Get<IStoryStore>().MembersAsync(placed[0].StoryId, ct)).Count);
    }

    [Fact]
    public async Task AssignAsync_SameArticleTwice_OneMemberAndTheSameStory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var context = new PipelineContext(azurite);
        var input = Input("wire", 0, "Parliament passes the harbour bill after a night session", "Parliament passed the harbour bill at dawn on Tuesday after a twelve-hour session.");

        var first = await context.Get<StoryAssigner>().AssignAsync(input, ct);
        var again = await context.Get<StoryAssigner>().AssignAsync(input, ct);

        Assert.Equal(first.StoryId, again.StoryId);
        Assert.Equal(1, (await context.Get<IStoryStore>().GetAsync(first.StoryId, fresh: true, ct))!.Signature.MemberCount);
    }

    [Fact]
    public async Task AssignAsync_TwoProcessorsPlaceTwoArticlesOfANewStoryAtTheSameMoment_OneStory()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
        var shared = new Dictionary<string, string?> { ["Storage:Prefix"] = prefix };
        // Two processors: two service providers, so two caches and two sets of term statistics, as on two instances.
        await using var one = new PipelineContext(azurite, shared);
        await using var two = new PipelineContext(azurite, shared);
        (string Title, string Lede)[] events =
        [
            ("Ferry crews strike and halt crossings to the islands", "Crews walked out at dawn and every crossing to the islands stopped."),
            ("Volcano on Mount Kerral erupts, villages evacuated", "Mount Kerral erupted overnight and three villages were evacuated by bus."),
            ("Central bank of Estoria raises rates to 6 percent", "The Estorian central bank raised its main rate to 6 percent to fight inflation."),
            ("Marathon record falls in Port Solenne heat", "A new course record was set at the Port Solenne marathon despite the heat."),
            ("Museum returns bronze statues to Benin", "Eleven bronze statues taken in 1897 were handed back to Benin at a ceremony."),
        ];
        for (var round = 0; round < events.Length; round++)
        {
            var (title, lede) = events[round];
            var a = Input("wire", 10 + (2 * round), title, lede);
            var b = Input("daily", 11 + (2 * round), title + " today", lede + " Officials confirmed it.");

            var placed = await Task.WhenAll(
                Task.Run(() => one.Get<StoryAssigner>().AssignAsync(a, ct), ct),
                Task.Run(() => two.Get<StoryAssigner>().AssignAsync(b, ct), ct));

            Assert.Equal(placed[0].StoryId, placed[1].StoryId);
            var story = await one.Get<IStoryStore>().GetAsync(placed[0].StoryId, fresh: true, ct);
            Assert.Equal(2, story!.Signature.MemberCount);
            // The founder that lost removed its own story: nothing is left of it.
            var loser = placed[0].Founded ? b : a;
            Assert.Null(await one.Get<IStoryStore>().GetAsync(StoryClusterer.NewStoryId(loser.Article.Key.ToString()), fresh: true, ct));
        }
    }

    private static StoryInput Input(string source, int index, string title, string lede)
    {
        var feedId = StableId.Hash("feed-" + source);
        var article = new Article
        {
            FeedId = feedId,
            Id = StableId.Hash($"{source}-{index}-{title}"),
            Title = title,
            Link = new Uri($"https://{source}.example/{index}"),
            Published = Noon.AddMinutes(index),
            Text = lede,
            ContentHash = StableId.Hash(lede),
            FirstSeenAt = Noon.AddMinutes(index),
            FeedTitle = source,
        };
        var analysis = new ArticleAnalysis
        {
            Headline = lede,
            Lede = lede,
            Summary = [new SummarySentence(lede, 0)],
            Tags = [],
            Language = "en",
        };
        return new StoryInput(article, analysis);
    }
}
