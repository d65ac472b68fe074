using FeedFunctions.Stories;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class CandidateKeyTests
{
    [Fact]
    public void CandidateKeys_LeaveOutWordPairsAndTermsNoEarlierArticleHad()
    {
        var articles = new StoryTestArticles();
        articles.Features("aa-01", "Sbarro closes restaurants", "", 0);

        var features = articles.Features("bb-01", "Sbarro files for bankruptcy and closes restaurants", "", 1);
        var keys = StoryClusterer.CandidateKeys(features);

        // "file" and "bankruptci" are new: looking them up could find nothing; pairs are never keys.
        Assert.Equal(["close", "restaur", "sbarro"], keys.Order(StringComparer.Ordinal));
        Assert.Contains("bankruptci", StoryClusterer.IndexKeys(features));
        Assert.DoesNotContain(StoryClusterer.IndexKeys(features), k => k.Contains(' '));
    }

    [Fact]
    public void CandidateKeys_LongArticle_AreTheSixStrongestTerms()
    {
        var articles = new StoryTestArticles();
        const string title = "Parliament committee questions central bank governor over currency market rigging inquiry";
        articles.Features("aa-01", title, "", 0);

        var features = articles.Features("bb-01", title, "The governor told the committee that the inquiry into currency rigging would report within months.", 1);
        var keys = StoryClusterer.CandidateKeys(features);

        Assert.Equal(StoryClusterer.MaxKeys, keys.Count);
        var weights = features.Terms.ToDictionary(t => t.Text, t => t.Weight);
        var strongestSeen = features.Terms.Where(t => !t.Text.Contains(' ') && !features.UnseenTerms.Contains(t.Text)).Max(t => t.Weight);
        Assert.Equal(strongestSeen, weights[keys[0]]);
        Assert.True(keys.Zip(keys.Skip(1)).All(p => weights[p.First] >= weights[p.Second]), "keys come strongest first");
    }

    [Fact]
    public void Add_ArticleSharingNoKeyWithAStory_NeverSeesIt()
    {
        var articles = new StoryTestArticles();
        var stream = new StoryStream(new StoryOptions());
        stream.Add(articles.Features("aa-01", "Sbarro files for bankruptcy", "", 0));

        var other = stream.Add(articles.Features("bb-01", "Titanfall launches on Xbox One", "", 1));

        Assert.IsType<StoryAssignment.Start>(other);
        Assert.Equal(0, stream.CandidateReads);
    }
}
