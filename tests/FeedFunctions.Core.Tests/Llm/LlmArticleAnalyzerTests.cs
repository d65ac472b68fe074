using FeedFunctions.Feeds;
using FeedFunctions.Summaries.Llm;
using FeedFunctions.TestSupport.FakeOpenAi;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>How replies map to an analysis, and when the fallback analyzer takes over.</summary>
public sealed class LlmArticleAnalyzerTests
{
    [Fact]
    public async Task AnalyzeAsync_GroundedReply_MapsToLlmAnalysis()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply(), promptTokens: 1500, completionTokens: 200);

        var analysis = await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Equal("llm", analysis.Method);
        Assert.Equal("Moscow to host trilateral talks between the DPRK, China and Russia", analysis.Headline);
        Assert.Equal(LlmTestData.GroundedSummary, analysis.Summary.Select(s => s.Text));
        var meetingIndex = Assert.Single(
            ArticleSentences.Split(LlmTestData.Article.Text).Select((s, i) => (s, i)),
            x => x.s.Contains("historic trilateral meeting", StringComparison.Ordinal)).i;
        Assert.Equal(meetingIndex, analysis.Summary[0].SourceIndex);
        Assert.All(analysis.Summary, s => Assert.NotNull(s.SourceIndex));
        Assert.Equal(2, analysis.Bullets.Count);
        // "moscow" repeats "Moscow" and is dropped; the rest keep the model's order and kinds.
        Assert.Equal(
            [("Kim Jong-un", TagKind.Person), ("Moscow", TagKind.Place), ("DPRK", TagKind.Place),
             ("UN Security Council", TagKind.Organization), ("peace process", TagKind.Keyphrase)],
            analysis.Tags.Select(t => (t.Name, t.Kind)));
        Assert.Equal(1.0, analysis.Tags[0].Score);
        Assert.True(analysis.Tags[0].Score > analysis.Tags[^1].Score);
        Assert.Equal(Categories.Politics, analysis.Category);
        Assert.Equal("en", analysis.Language);
        Assert.Equal(0, bed.Fallback.Calls);
        Assert.Equal(1700, bed.Metrics.Sum(LlmMetrics.TokensName));
        Assert.Equal(1500, bed.Metrics.Sum(LlmMetrics.TokensName, "token.type", "input"));
    }

    public static TheoryData<string, string> UngroundedSentences => new()
    {
        // A number the article never gives.
        { "number", "High level officials from China and the DPRK will meet in Moscow on 12 September." },
        // A person the article never names.
        { "name", "Shinzo Abe and Xi Jinping will meet high level officials from the DPRK in Moscow." },
        // Names all present, but the claim is nowhere in the article.
        { "claim", "Russia and China have signed a mutual defence treaty covering nuclear submarines." },
    };

    [Theory]
    [MemberData(nameof(UngroundedSentences))]
    public async Task AnalyzeAsync_UngroundedSummarySentence_ReturnsFallbackAndCounts(string kind, string sentence)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply([LlmTestData.MeetingSentence, sentence]));

        var analysis = await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Same(bed.Fallback.Result, analysis);
        Assert.Equal(1, bed.Fallback.Calls);
        Assert.True(bed.Metrics.Sum(LlmMetrics.UngroundedName) == 1, $"the {kind} case was not counted as ungrounded");
        Assert.Equal(1, bed.Metrics.Sum(LlmMetrics.FallbackName, "reason", "ungrounded"));
    }

    [Fact]
    public async Task AnalyzeAsync_HeadlineWithForeignName_ReturnsFallback()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply(headline: "Putin and Lavrov host DPRK talks"));

        var analysis = await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Equal("extractive", analysis.Method);
        Assert.Equal(1, bed.Metrics.Sum(LlmMetrics.UngroundedName));
    }

    [Fact]
    public async Task AnalyzeAsync_TranslatedReply_ChecksOnlyNumbersAndKeepsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        string[] german =
        [
            "Hochrangige Vertreter Chinas und Nordkoreas treffen sich nächste Woche in Moskau.",
            "China wickelt 90 % des nordkoreanischen Außenhandels ab.",
        ];
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply(german, headline: "Moskau lädt zu Dreiergesprächen"));

        var analysis = await bed.Analyzer(bed.Options(o => o.TargetLanguage = "de")).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Equal("llm", analysis.Method);
        Assert.Equal(german, analysis.Summary.Select(s => s.Text));
        Assert.Equal("en", analysis.Language);
    }

    public static TheoryData<string, FakeOpenAiReply> UnusableReplies => new()
    {
        { "malformed", FakeOpenAiReply.Completion("{\"headline\": \"Moscow talks\", \"summary\": [") },
        { "malformed", FakeOpenAiReply.Completion(LlmTestData.Reply(), finishReason: "length") },
        { "malformed", FakeOpenAiReply.MalformedBody() },
        { "schema", FakeOpenAiReply.Completion(LlmTestData.Reply(category: "weather")) },
        { "schema", FakeOpenAiReply.Completion(LlmTestData.Reply(summary: [])) },
        { "schema", FakeOpenAiReply.Completion("[\"not\", \"an\", \"object\"]") },
        { "refusal", FakeOpenAiReply.Refusing("I can't help with that.") },
        { "content_filter", FakeOpenAiReply.Completion(LlmTestData.Reply(), finishReason: "content_filter") },
        { "http_400", FakeOpenAiReply.Status(400) },
        { "http_401", FakeOpenAiReply.Status(401) },
    };

    [Theory]
    [MemberData(nameof(UnusableReplies))]
    public async Task AnalyzeAsync_UnusableReply_ReturnsFallbackAndCountsReason(string reason, FakeOpenAiReply reply)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = reply;

        var analysis = await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Same(bed.Fallback.Result, analysis);
        Assert.Equal(1, bed.Metrics.Sum(LlmMetrics.FallbackName, "reason", reason));
        Assert.Single(bed.Server.Requests);
    }
}
