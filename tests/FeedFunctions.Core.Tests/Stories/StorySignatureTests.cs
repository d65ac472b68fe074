using System.Text.Json;
using FeedFunctions.Stories;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class StorySignatureTests
{
    [Fact]
    public void Add_FiveHundredDistinctMembers_KeepsTheSignatureBounded()
    {
        var options = new StoryOptions();
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("aa-0", "Bank of England governor questioned on currency rigging", "", 0), options);
        for (var i = 1; i <= 500; i++)
        {
            var features = articles.Features($"aa-{i:x}", $"Bank of England governor says currency inquiry widens to topic{i} and issue{i}",
                $"Lawmakers asked about case{i} and matter{i} in a long hearing.", i * 0.01);
            story = StoryClusterer.Add(story, features, options);
        }

        Assert.Equal(501, story.MemberCount);
        Assert.Equal(options.MaxCentroidTerms, story.Terms.Count);
        Assert.True(story.Exemplars.Count <= options.MaxExemplars);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(story).Length;
        Assert.True(bytes < 16 * 1024, $"a signature serializes to {bytes} bytes; a Table Storage string property holds 64 KB");
    }

    [Fact]
    public void Add_LaterMembers_ExtendLastSeenAndKeepFirstSeen()
    {
        var options = new StoryOptions();
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("aa-01", "Sbarro files for bankruptcy", "", 5), options);

        story = StoryClusterer.Add(story, articles.Features("bb-01", "Sbarro bankruptcy filing follows mall slump", "", 9), options);
        story = StoryClusterer.Add(story, articles.Features("cc-01", "Sbarro in bankruptcy court", "", 2), options);

        Assert.Equal(2, (story.LastSeen - story.FirstSeen).TotalHours - 5, 6);
        Assert.Equal(3, story.MemberCount);
    }

    [Fact]
    public void Add_LabelIsTheMostCentralFullHeadline()
    {
        var options = new StoryOptions();
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("aa-01", "Breaking ...", "", 0), options);
        foreach (var (key, title) in new[]
        {
            ("bb-01", "Chiquita and Fyffes merge to create top banana company"),
            ("cc-01", "Chiquita, Fyffes merge to create world's largest banana company"),
            ("dd-01", "Irish shares rise"),
        })
        {
            story = StoryClusterer.Add(story, articles.Features(key, title, "", 1), options);
        }

        Assert.Contains(story.LabelArticleKey, new[] { "bb-01", "cc-01" });
        Assert.Equal(story.Exemplars.Single(e => e.ArticleKey == story.LabelArticleKey).Title, story.Label);
    }
}
