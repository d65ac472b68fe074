using FeedFunctions.Feeds;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Storage;

public sealed class TableArticleStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    // Ids as the normalizer makes them: hashes (the store's ledger recognises only those).
    private static Article NewArticle(string feedId, string id, DateTimeOffset published, string text = "Body text.") => new()
    {
        FeedId = feedId,
        Id = StableId.Hash(id),
        Guid = id,
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

    [Fact]
    public async Task StoreFetchedAsync_TwentyFiveNewArticles_OneLedgerReadAndOneTransaction()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var articles = Enumerable.Range(0, 25).Select(i => NewArticle("ab01", $"n{i}", Now.AddMinutes(-i))).ToList();
        await context.Articles.ListAsync(new ArticleQuery(), ct); // creates the tables, which is not what is counted
        await context.Articles.StoreFetchedAsync("ab00", [NewArticle("ab00", "warm", Now)], ct);
        var before = Counter(context).Snapshot();

        var stored = await context.Articles.StoreFetchedAsync("ab01", articles, ct);
        var storing = Counter(context).Snapshot() - before;
        await context.Articles.ConfirmQueuedAsync(stored, ct);
        var again = await context.Articles.StoreFetchedAsync("ab01", articles, ct);

        Assert.Equal(25, stored.Added);
        Assert.Equal(articles.Select(a => a.Id), stored.ToQueue.Select(v => v.ArticleId));
        Assert.Equal(2, storing.Tables);
        Assert.Equal(0, again.Added + again.Changed);
        Assert.Empty(again.ToQueue);
    }

    [Fact]
    public async Task StoreFetchedAsync_MessagesNeverConfirmed_NextFetchQueuesThemAgain()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var article = NewArticle("ab02", "p1", Now);

        var first = await context.Articles.StoreFetchedAsync("ab02", [article], ct);
        var second = await context.Articles.StoreFetchedAsync("ab02", [article], ct); // the first fetch died before queueing
        await context.Articles.ConfirmQueuedAsync(second, ct);
        var third = await context.Articles.StoreFetchedAsync("ab02", [article], ct);

        Assert.Equal(1, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal([article.Id], second.ToQueue.Select(v => v.ArticleId));
        Assert.Empty(third.ToQueue);
    }

    [Fact]
    public async Task StoreFetchedAsync_GuidChangesOnEveryFetch_SameLinkAndTitleKeepTheirId()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var original = NewArticle("ab03", "guid-1", Now);
        var reissued = original with { Id = StableId.Hash("guid-2"), Guid = "guid-2" };

        await context.Articles.UpsertAsync(original, ct);
        var stored = await context.Articles.StoreFetchedAsync("ab03", [reissued], ct);

        Assert.Equal(0, stored.Added);
        Assert.Empty(stored.ToQueue);
        Assert.Null(await context.Articles.GetAsync(reissued.Key, ct));
    }

    [Fact]
    public async Task StoreFetchedAsync_TwoFetchesOfOneFeedAtOnce_EachArticleStoredOnce()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var articles = Enumerable.Range(0, 10).Select(i => NewArticle("ab04", $"r{i}", Now.AddMinutes(-i))).ToList();

        var both = await Task.WhenAll(
            context.Articles.StoreFetchedAsync("ab04", articles, ct),
            context.Articles.StoreFetchedAsync("ab04", articles, ct));

        Assert.Equal(10, both.Sum(s => s.Added));
        Assert.Equal(10, both.Sum(s => s.ToQueue.Count));
    }

    [Fact]
    public async Task SaveAnalysesAsync_TwentyFiveArticlesWithTenTagsEach_WritesInAFewTransactions()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var articles = Enumerable.Range(0, 25).Select(i => NewArticle("ab05", $"t{i}", Now.AddMinutes(-i))).ToList();
        await context.Articles.StoreFetchedAsync("ab05", articles, ct);
        var read = new List<StoredArticle>();
        foreach (var a in articles) read.Add((await context.Articles.GetAsync(a.Key, ct))!);
        var tags = Enumerable.Range(0, 10).Select(i => $"topic {i}").ToArray();
        var before = Counter(context).Snapshot();

        await context.Articles.SaveAnalysesAsync([.. read.Select(r => new AnalyzedArticle(r, Analysis(Categories.Science, tags), null))], ct);
        var saving = Counter(context).Snapshot() - before;

        // 13 index rows an article: 325 rows over at most 8 buckets, their month markers over at most 8 more, and one
        // transaction marking the articles analyzed — against 350 single writes.
        Assert.InRange(saving.Tables, 3, 8 + 8 + 4 + 1);
        Assert.Equal(25, (await context.Articles.ListAsync(new ArticleQuery { Tag = "topic-7", PageSize = 100 }, ct)).Items.Count);
        Assert.All(articles, a => Assert.True(context.Articles.GetAsync(a.Key, ct).Result!.IsAnalyzed));
    }

    [Fact]
    public async Task SaveAnalysesAsync_ArticleChangedSinceItWasRead_ThatAnalysisIsDropped()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        var kept = NewArticle("ab06", "k1", Now);
        var edited = NewArticle("ab06", "k2", Now);
        await context.Articles.StoreFetchedAsync("ab06", [kept, edited], ct);
        var readKept = (await context.Articles.GetAsync(kept.Key, ct))!;
        var readEdited = (await context.Articles.GetAsync(edited.Key, ct))!;
        await context.Articles.UpsertAsync(edited with { Text = "Edited.", ContentHash = StableId.Hash("Edited.") }, ct);

        await context.Articles.SaveAnalysesAsync([new AnalyzedArticle(readKept, Analysis(Categories.World, "a"), null), new AnalyzedArticle(readEdited, Analysis(Categories.World, "b"), null)], ct);

        Assert.True((await context.Articles.GetAsync(kept.Key, ct))!.IsAnalyzed);
        Assert.False((await context.Articles.GetAsync(edited.Key, ct))!.IsAnalyzed);
    }

    [Fact]
    public async Task ListAsync_ScopeWithNoRows_ReadsOneMarkerRowAndNoMonths()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        await context.Articles.ListAsync(new ArticleQuery(), ct);
        var before = Counter(context).Snapshot();

        var page = await context.Articles.ListAsync(new ArticleQuery { Tag = "nothing-here" }, ct);

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
        Assert.Equal(1, (Counter(context).Snapshot() - before).Tables);
    }

    [Fact]
    public async Task ListAsync_RowsInManyMonths_ReadsAtMostThreeMonthsAndContinuesWithAToken()
    {
        using var context = new StorageTestContext(azurite);
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 5; i++)
        {
            var article = NewArticle("ab07", $"m{i}", Now.AddMonths(-2 * i));
            await context.Articles.UpsertAsync(article, ct);
            await context.Articles.SaveAnalysisAsync(article.Key, article.ContentHash, Analysis(Categories.World, "sparse"), ct);
        }

        var first = await context.Articles.ListAsync(new ArticleQuery { Tag = "sparse", PageSize = 10 }, ct);
        var second = await context.Articles.ListAsync(new ArticleQuery { Tag = "sparse", PageSize = 10, ContinuationToken = first.ContinuationToken }, ct);

        Assert.Equal(3, first.Items.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(2, second.Items.Count);
        Assert.Null(second.ContinuationToken);
    }

    private static StorageOperationCounter Counter(StorageTestContext context) =>
        (StorageOperationCounter)context.Services.GetService(typeof(StorageOperationCounter))!;
}
