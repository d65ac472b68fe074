using FeedFunctions.Core.Tests.Llm;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport.FakeOpenAi;

namespace FeedFunctions.Core.Tests.Summaries;

// The LLM analyzer chooses its lede by the extractive analyzer's rule, over its own grounded summary sentences.
public sealed class LlmLedeTests
{
    private const string LongGroundedSentence =
        "While Kim has visited China twice for meetings with Xi Jinping since the beginning of the peace process in early 2018, "
        + "he has yet to visit Russia although Moscow has confirmed that this will likely happen before the end of the year.";

    [Fact]
    public async Task AnalyzeAsync_FirstSummarySentenceOver35Words_LedeIsTheFirstThatFits()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bed = await LlmTestBed.StartAsync(ct);
        bed.Server.DefaultReply = FakeOpenAiReply.Completion(LlmTestData.Reply([LongGroundedSentence, LlmTestData.MeetingSentence]));

        var analysis = await bed.Analyzer(bed.Options()).AnalyzeAsync(LlmTestData.Article, ct);

        Assert.Equal("llm", analysis.Method);
        Assert.True(LedeSelector.WordCount(LongGroundedSentence) > LedeSelector.MaxWords);
        Assert.Equal(LlmTestData.MeetingSentence, analysis.Lede);
    }
}
