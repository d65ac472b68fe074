using FeedFunctions.Summaries;

namespace FeedFunctions.Core.Tests.Summaries;

public sealed class LedeSelectorTests
{
    private static readonly string LongSentence = string.Join(' ', Enumerable.Repeat("word", 40)) + ".";

    [Fact]
    public void Choose_BestIsTooLong_TakesTheNextWholeSentence()
    {
        var lede = LedeSelector.Choose([LongSentence, "The central bank cut its key rate to 3.25% on Thursday.", "Prices fell."]);

        Assert.Equal("The central bank cut its key rate to 3.25% on Thursday.", lede);
    }

    [Fact]
    public void Choose_FragmentsAndHeadings_AreSkipped()
    {
        var lede = LedeSelector.Choose(["Watch the video.", "Key points of the deal", "Shares in the two grocers rose sharply after the merger was announced."]);

        Assert.Equal("Shares in the two grocers rose sharply after the merger was announced.", lede);
    }

    [Fact]
    public void Choose_OnlyLongSentences_ReturnsTheShortestWholeNeverCut()
    {
        var longer = LongSentence[..^1] + " more words here.";

        var lede = LedeSelector.Choose([longer, LongSentence]);

        Assert.Equal(LongSentence, lede);
        Assert.DoesNotContain("…", lede);
    }

    [Fact]
    public void Choose_NoCandidates_ReturnsEmpty()
    {
        Assert.Equal("", LedeSelector.Choose([]));
    }
}
