using FeedFunctions.Stories;

namespace FeedFunctions.Core.Tests.Stories;

public sealed class NearDuplicateTests
{
    private const string WireTitle = "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion";
    private const string WireLede = "Men's Wearhouse agreed on Tuesday to buy its smaller rival Jos. A. Bank Clothiers for about $1.8 billion in cash, "
        + "ending a takeover fight that began last autumn when Jos. A. Bank made an unsolicited offer for the larger company.";

    [Fact]
    public void Add_SameWireCopyOnAnotherSite_IsMarkedAsNearDuplicateOfTheFirst()
    {
        var articles = new StoryTestArticles();
        var stream = new StoryStream(new StoryOptions());
        stream.Add(articles.Features("aa-01", WireTitle, WireLede, 0));

        // Another site runs the same copy under its own headline.
        var copy = stream.Add(articles.Features("bb-01", "Jos. A. Bank agrees to Men's Wearhouse takeover", WireLede, 1));
        var rewrite = stream.Add(articles.Features("cc-01", "Menswear rivals end their fight: Jos A Bank sold",
            "After months of hostile bids, the two suit retailers settled on a price that values Jos A Bank at 65 dollars a share.", 2));

        var join = Assert.IsType<StoryAssignment.Join>(copy);
        Assert.Equal("aa-01", join.NearDuplicateOf);
        Assert.Null((rewrite as StoryAssignment.Join)?.NearDuplicateOf);
    }

    [Fact]
    public void Add_NearDuplicate_IsNotKeptAsAnExemplar()
    {
        var options = new StoryOptions();
        var articles = new StoryTestArticles(options);
        var story = StoryClusterer.Start(articles.Features("aa-01", WireTitle, WireLede, 0), options);

        var after = StoryClusterer.Add(story, articles.Features("bb-01", WireTitle, WireLede, 1), options);

        Assert.Equal(2, after.MemberCount);
        Assert.Equal(["aa-01"], after.Exemplars.Select(e => e.ArticleKey));
    }

    [Theory]
    [InlineData("the same words in the same order", "the same words in the same order", 1.0)]
    [InlineData("completely different words here", "nothing alike at all today", 0.0)]
    public void Resemblance_IdenticalOrDisjointTexts_IsOneOrZero(string a, string b, double expected) =>
        Assert.Equal(expected, ShingleFingerprint.Resemblance(ShingleFingerprint.Of(a), ShingleFingerprint.Of(b)), 6);

    [Fact]
    public void Resemblance_OneSharedPairOfFive_IsOneFifth()
    {
        // Pairs: {a b, b c, c d} and {c d, d e, e f}: one shared of five distinct, Jaccard 1/5.
        var score = ShingleFingerprint.Resemblance(ShingleFingerprint.Of("alpha bravo charlie delta"), ShingleFingerprint.Of("charlie delta echo foxtrot"));

        Assert.Equal(0.2, score, 6);
    }

    [Fact]
    public void Of_LongText_KeepsAtMostTheSketchSizeInAscendingOrder()
    {
        var sketch = ShingleFingerprint.Of(string.Join(' ', Enumerable.Range(0, 200).Select(i => "word" + i)));

        Assert.Equal(ShingleFingerprint.Size, sketch.Count);
        Assert.Equal(sketch.Order(), sketch);
    }
}
