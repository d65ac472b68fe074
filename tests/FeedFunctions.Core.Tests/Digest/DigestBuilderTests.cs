using FeedFunctions.Core.Tests.Email;
using FeedFunctions.Digest;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Digest;

[Collection(SmtpCollection.Name)]
public sealed class DigestBuilderTests(Smtp4devFixture smtp, AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static Subscriber Reader(string[] topics, int? maxStories = null) =>
        new() { Id = "reader", Email = "reader@example.test", Topics = topics, Preferences = new DigestPreferences { MaxStories = maxStories } };

    [Fact]
    public async Task BuildAsync_SameStoryFromTwoFeeds_ShownOnceWithBothSources()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        await services.AddArticleAsync("aa10", "Talks resume in Seoul", "https://example.org/talks?id=1", Now.AddHours(-3), "world", ["Diplomacy"], ct, "Wire A");
        await services.AddArticleAsync("bb10", "Talks resume in Seoul", "https://example.org/talks?id=1", Now.AddHours(-2), "world", ["Diplomacy"], ct, "Wire B");
        // Near-identical title, different link.
        await services.AddArticleAsync("cc10", "Talks resume in Seoul today", "https://other.example/seoul-talks", Now.AddHours(-1), "world", ["Diplomacy"], ct, "Paper C");
        await services.AddArticleAsync("aa10", "Harvest festival draws crowds", "https://example.org/harvest", Now.AddHours(-4), "world", ["Diplomacy"], ct, "Wire A");

        var digest = await services.Get<DigestBuilder>().BuildAsync(Reader(["diplomacy"]), Now.AddDays(-1), Now, ct);

        Assert.Equal(2, digest.StoryCount);
        var talks = digest.Sections.SelectMany(s => s.Stories).Single(s => s.Title.StartsWith("Talks", StringComparison.Ordinal));
        Assert.Equal(["Paper C", "Wire B", "Wire A"], talks.Sources.Select(s => s.Name));
        Assert.Equal(["diplomacy"], talks.MatchedTopics);
    }

    [Fact]
    public async Task BuildAsync_TopicsAndWindow_OnlyMatchingStoriesSinceLastDigest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        await services.AddArticleAsync("aa11", "Chip orders soar", "https://example.org/chips", Now.AddHours(-1), "technology", ["Semiconductors"], ct);
        await services.AddArticleAsync("aa11", "Old chip news", "https://example.org/old-chips", Now.AddDays(-3), "technology", ["Semiconductors"], ct);
        await services.AddArticleAsync("bb11", "Football final tonight", "https://example.org/final", Now.AddHours(-1), "sport", ["Football"], ct);

        var digest = await services.Get<DigestBuilder>().BuildAsync(Reader(["semiconductors"]), Now.AddDays(-1), Now, ct);

        var section = Assert.Single(digest.Sections);
        Assert.Equal(DigestSectionKind.Topic, section.Kind);
        Assert.Equal("Semiconductors", section.Title);
        Assert.Equal(["Chip orders soar"], section.Stories.Select(s => s.Title));
    }

    [Fact]
    public async Task BuildAsync_MoreStoriesThanMax_KeepsMaxAndVariesSources()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        for (var i = 0; i < 5; i++)
        {
            await services.AddArticleAsync("aa12", $"Busy feed story number {i} about things", $"https://busy.example/{i}", Now.AddMinutes(-10 - i), "world", ["News"], ct, "Busy");
        }
        await services.AddArticleAsync("bb12", "Quiet feed has one piece", "https://quiet.example/1", Now.AddHours(-6), "world", ["News"], ct, "Quiet");

        var digest = await services.Get<DigestBuilder>().BuildAsync(Reader([], maxStories: 3), Now.AddDays(-1), Now, ct);

        Assert.Equal(3, digest.StoryCount);
        Assert.Contains(digest.Sections.SelectMany(s => s.Stories), s => s.Sources[0].Name == "Quiet");
    }
}
