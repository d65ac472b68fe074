using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Email;

public sealed class DigestSubjectTests
{
    [Fact]
    public void Of_MostStoriesOnTheSubscribersTopics_NamesThemByNameNeverBySlug()
    {
        var reader = DigestSamples.Reader(["north-korea", "diplomacy"]);
        var digest = DigestSamples.Content(reader,
            DigestSamples.Story("Talks resume in Beijing", "World Desk", ["North Korea"], Categories.Politics, ["north-korea"]),
            DigestSamples.Story("Envoys meet again", "Wire", ["North Korea"], Categories.Politics, ["north-korea"]),
            DigestSamples.Story("Summit planned", "Wire", ["Diplomacy"], Categories.World, ["diplomacy"]),
            DigestSamples.Story("Markets calm", "Money Wire", ["Markets"], Categories.Business));

        Assert.Equal("Your daily digest: North Korea, Diplomacy (+1 more)", DigestSubject.Of("Your daily digest", digest));
    }

    [Fact]
    public void Of_TopicStoriesAreFew_NamesTheTopStoryAndNotATopicTheDigestBarelyHolds()
    {
        // The bug of issue 14: "Your daily digest: north-korea" over three business stories.
        var reader = DigestSamples.Reader(["north-korea"]) with { Categories = [Categories.Business] };
        var digest = DigestSamples.Content(reader,
            DigestSamples.Story("Central bank cuts rates to 3.25%", "Money Wire", ["Rates"], Categories.Business),
            DigestSamples.Story("Grocer merger approved", "Money Wire", ["Mergers"], Categories.Business),
            DigestSamples.Story("Port strike ends", "Wire", ["Strikes"], Categories.Business));

        var subject = DigestSubject.Of("Your daily digest", digest);

        Assert.Equal("Your daily digest: Central bank cuts rates to 3.25% (+2 more)", subject);
        Assert.DoesNotContain("north", subject, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Of_LongTopStoryTitle_CutAtAWordWithAnEllipsis()
    {
        var title = "Moscow to Host Historic Trilateral Talks Between DPRK, Chinese and Russian Governments as North Korea Opens its Economy";
        var subject = DigestSubject.Of("Your weekly digest", DigestSamples.Content(DigestSamples.Story(title, "World", ["Talks"])));

        Assert.Equal("Your weekly digest: Moscow to Host Historic Trilateral Talks Between DPRK, Chinese and Russian Governments as…", subject);
    }

    [Fact]
    public void Preheader_TopStory_ItsOneSentenceLede()
    {
        Assert.Equal(DigestSamples.Lede, DigestSubject.Preheader("Your daily digest", DigestSamples.Rich()));
    }
}
