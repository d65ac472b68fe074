using FeedFunctions.Stories;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class StoryClusteringTests
{
    // Two stories, three sources each, arriving interleaved over a morning, and one unrelated article among them.
    private static readonly (string Key, string Story, string Title, string Lede)[] Morning =
    [
        ("a1-01", "sbarro", "Sbarro files for bankruptcy for the second time in three years",
            "The pizza chain Sbarro filed for Chapter 11 bankruptcy protection on Monday, its second filing since 2011."),
        ("b1-01", "banana", "Chiquita and Fyffes merge to form the world's biggest banana company",
            "Chiquita Brands agreed to combine with Irish rival Fyffes in an all-stock deal that creates the largest banana supplier."),
        ("a2-01", "sbarro", "Pizza chain Sbarro files for Chapter 11 bankruptcy again",
            "Sbarro, the mall pizza chain, is back in bankruptcy court after closing 155 restaurants."),
        ("c1-01", "other", "Astronomers find water vapour in the atmosphere of a distant exoplanet",
            "A telescope survey detected water vapour around a planet orbiting a small star 110 light years away."),
        ("b2-01", "banana", "Chiquita to buy Irish rival Fyffes in banana merger",
            "The merger of Chiquita and Fyffes will create a company with annual sales of about 4.6 billion dollars."),
        ("a3-01", "sbarro", "Sbarro seeks bankruptcy protection as mall traffic falls",
            "Sbarro said falling shopping mall traffic pushed it into a second Chapter 11 bankruptcy."),
        ("b3-01", "banana", "Banana giants Chiquita and Fyffes agree to merge",
            "Fyffes shareholders will own about 49 percent of the merged banana company, ChiquitaFyffes."),
    ];

    [Fact]
    public void Add_TwoStoriesFromThreeSourcesAndOneUnrelated_EndInExactlyThoseGroups()
    {
        var articles = new StoryTestArticles();
        var stream = new StoryStream(new StoryOptions());

        var assigned = Morning.Select((a, i) => (a.Story, stream.Add(articles.Features(a.Key, a.Title, a.Lede, i * 0.5)).StoryId)).ToList();

        var groups = assigned.GroupBy(a => a.StoryId).Select(g => g.Select(a => a.Story).Order().ToList()).OrderBy(g => g[0]).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Equal(["banana", "banana", "banana"], groups[0]);
        Assert.Equal(["other"], groups[1]);
        Assert.Equal(["sbarro", "sbarro", "sbarro"], groups[2]);
    }

    [Fact]
    public void Add_FoundingArticle_StartsStoryWhoseIdDerivesFromItsKey()
    {
        var articles = new StoryTestArticles();
        var stream = new StoryStream(new StoryOptions());

        var first = stream.Add(articles.Features("a1-01", Morning[0].Title, Morning[0].Lede, 0));
        var second = stream.Add(articles.Features("a2-01", Morning[2].Title, Morning[2].Lede, 1));

        Assert.IsType<StoryAssignment.Start>(first);
        Assert.Equal(StoryClusterer.NewStoryId("a1-01"), first.StoryId);
        Assert.Equal(StoryClusterer.NewStoryId("a1-01"), StoryClusterer.NewStoryId("a1-01"));
        Assert.NotEqual(StoryClusterer.NewStoryId("a1-01"), StoryClusterer.NewStoryId("a2-01"));
        var join = Assert.IsType<StoryAssignment.Join>(second);
        Assert.Equal(first.StoryId, join.StoryId);
        Assert.Equal(2, stream.Stories[first.StoryId].MemberCount);
    }

    [Fact]
    public void Assign_CopyOfAMemberOutsideTheWindow_StartsANewStory()
    {
        var options = new StoryOptions { Window = TimeSpan.FromHours(72) };
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("a1-01", Morning[0].Title, Morning[0].Lede, 0), options);
        // A wire copy joins its original whatever the affinity, so only the window can keep it out.
        var inTime = articles.Features("a9-01", Morning[0].Title, Morning[0].Lede, 71);
        var late = inTime with { Published = story.LastSeen.AddHours(73) };

        Assert.IsType<StoryAssignment.Join>(StoryClusterer.Assign(inTime, [story], options));
        Assert.IsType<StoryAssignment.Start>(StoryClusterer.Assign(late, [story], options));
    }

    [Fact]
    public void Similarity_OlderStory_DecaysByHalfEachHalfLife()
    {
        var options = new StoryOptions { HalfLife = TimeSpan.FromHours(24) };
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("a1-01", Morning[0].Title, Morning[0].Lede, 0), options);
        var article = articles.Features("a2-01", Morning[2].Title, Morning[2].Lede, 0);

        var now = StoryClusterer.Similarity(article, story, options);
        var dayLater = StoryClusterer.Similarity(article with { Published = article.Published.AddHours(24) }, story, options);

        Assert.True(now > 0.1, $"related articles score {now}");
        Assert.Equal(now / 2, dayLater, 6);
    }
}
