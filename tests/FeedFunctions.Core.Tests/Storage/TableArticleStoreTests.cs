using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Storage;

public sealed class TableArticleStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static Article NewArticle(string feedId, string id, DateTimeOffset published, string text = "Body text.") => new()
    {
        FeedId = feedId,
        Id = id,
        Title = "Title " + id,
        Link = new Uri($"http://a.test/{id}"),
        Published = published,
        Text = text,
        ContentHash = StableId.Hash(text),
        FirstSeenAt = Now,
        LastChangedAt = Now,
        FeedTitle = "Feed " + feedId,
    };

    private static ArticleAnalysis Analysis(string category, params string[] tags) => new()
    {
        Headline = "Headline",
        Summary = [new SummarySentence("Body text.", 0)],
        Tags = [.. tags.Select(t => new Tag(t, TagKind.Keyphrase, 1))],
        Category = category,
        Language = "en",
    };

    [Fact]
    public async Task UpsertAsync_SameContentTwice_SecondIsUnchanged_ChangedContentIsChanged()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var article = NewArticle("aa01", "b1", Now.AddHours(-1));

        Assert.Equal(UpsertOutcome.Added, await context.Articles.UpsertAsync(article, ct));
        Assert.Equal(UpsertOutcome.Unchanged, await context.Articles.UpsertAsync(article, ct));
        var edited = article with { Text = "New text.", ContentHash = StableId.Hash("New text."), FirstSeenAt = Now.AddHours(5) };
        Assert.Equal(UpsertOutcome.Changed, await context.Articles.UpsertAsync(edited, ct));

        var stored = await context.Articles.GetAsync(article.Key, ct);
        Assert.NotNull(stored);
        Assert.Equal("New text.", stored.Article.Text);
        Assert.Equal(Now, stored.Article.FirstSeenAt); // first seen survives an edit
    }

    [Fact]
    public async Task UpsertAsync_TextOverTableLimit_RoundTripsThroughBlob()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var longText = string.Concat(Enumerable.Repeat("A sentence of some length. ", 5000));
        var article = NewArticle("aa02", "b2", Now, longText) with { Html = "<p>" + longText + "</p>" };

        await context.Articles.UpsertAsync(article, ct);
        var stored = await context.Articles.GetAsync(article.Key, ct);

        Assert.Equal(longText, stored!.Article.Text);
        Assert.Equal(article.Html, stored.Article.Html);
    }

    [Fact]
    public async Task SaveAnalysisAsync_StaleHash_IsIgnored_CurrentHash_IsListedByEveryScope()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var article = NewArticle("aa03", "b3", Now.AddHours(-2));
        await context.Articles.UpsertAsync(article, ct);

        await context.Articles.SaveAnalysisAsync(article.Key, "stale", Analysis(Categories.World, "Old"), ct);
        Assert.False((await context.Articles.GetAsync(article.Key, ct))!.IsAnalyzed);

        await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.Politics, "North Korea", "Seoul"), ct);
        Assert.True((await context.Articles.GetAsync(article.Key, ct))!.IsAnalyzed);
        Assert.Single((await context.Articles.ListAsync(new ArticleQuery(), ct)).Items);
        Assert.Single((await context.Articles.ListAsync(new ArticleQuery { FeedId = "aa03" }, ct)).Items);
        Assert.Single((await context.Articles.ListAsync(new ArticleQuery { Tag = "north-korea" }, ct)).Items);
        Assert.Single((await context.Articles.ListAsync(new ArticleQuery { Category = Categories.Politics }, ct)).Items);
        Assert.Empty((await context.Articles.ListAsync(new ArticleQuery { Tag = "old" }, ct)).Items);
    }

    [Fact]
    public async Task SaveAnalysisAsync_TagsChange_OldTagRowsAreRemoved()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var article = NewArticle("aa04", "b4", Now.AddHours(-2));
        await context.Articles.UpsertAsync(article, ct);
        await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "First"), ct);
        await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "Second"), ct);

        Assert.Empty((await context.Articles.ListAsync(new ArticleQuery { Tag = "first" }, ct)).Items);
        Assert.Single((await context.Articles.ListAsync(new ArticleQuery { Tag = "second" }, ct)).Items);
    }

    [Fact]
    public async Task ListAsync_PagesAcrossMonths_NewestFirst_WithoutGapsOrRepeats()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        // 7 articles over three months, listed 3 at a time.
        var times = Enumerable.Range(0, 7).Select(i => Now.AddDays(-i * 13)).ToList();
        for (var i = 0; i < times.Count; i++)
        {
            var article = NewArticle("aa05", $"c{i}", times[i]);
            await context.Articles.UpsertAsync(article, ct);
            await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "x"), ct);
        }

        var seen = new List<DateTimeOffset>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await context.Articles.ListAsync(new ArticleQuery { PageSize = 3, ContinuationToken = token }, ct);
            seen.AddRange(page.Items.Select(i => i.Published));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(times, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ListAsync_SinceAndUntil_BoundTheWindow()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 5; i++)
        {
            var article = NewArticle("aa06", $"d{i}", Now.AddDays(-i));
            await context.Articles.UpsertAsync(article, ct);
            await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "x"), ct);
        }

        var page = await context.Articles.ListAsync(new ArticleQuery { Since = Now.AddDays(-3), Until = Now.AddDays(-1) }, ct);

        Assert.Equal([Now.AddDays(-1), Now.AddDays(-2), Now.AddDays(-3)], page.Items.Select(i => i.Published));
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("AAAA")]
    public async Task ListAsync_ForeignToken_ThrowsFormatException(string token)
    {
        using var context = new StorageTestContext(azurite);
        await Assert.ThrowsAsync<FormatException>(() =>
            context.Articles.ListAsync(new ArticleQuery { ContinuationToken = token }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ListAsync_TagWithQuotes_IsATagNotAFilter()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var article = NewArticle("aa07", "e1", Now);
        await context.Articles.UpsertAsync(article, ct);
        await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "x"), ct);

        var page = await context.Articles.ListAsync(new ArticleQuery { FeedId = "x' or PartitionKey ne '" }, ct);

        Assert.Empty(page.Items);
    }
}
