using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Feeds;

public sealed class ArticleKeyTests
{
    public static TheoryData<string> Invalid => new()
    {
        "", "-", "abc", "abc-", "-abc", "ABC-def", "abc-de'f", "abc-def-0", "a b-cd",
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryParse_NotTwoLowercaseHexParts_ReturnsFalse(string value) =>
        Assert.False(ArticleKey.TryParse(value, out _));

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(ArticleKey.TryParse(null, out _));

    [Fact]
    public void TryParse_ToStringOfAKey_RoundTrips()
    {
        var key = new ArticleKey(StableId.Hash("feed"), StableId.Hash("item"));
        Assert.True(ArticleKey.TryParse(key.ToString(), out var parsed));
        Assert.Equal(key, parsed);
    }

    [Fact]
    public void ForFeed_UrlsDifferingOnlyInHostCaseOrFragment_GiveOneId() =>
        Assert.Equal(
            StableId.ForFeed(new Uri("https://Example.COM/feed.xml#top")),
            StableId.ForFeed(new Uri("https://example.com/feed.xml")));

    [Theory]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("  U.S.  Senate ", "u-s-senate")]
    [InlineData("Pyongyang", "pyongyang")]
    public void Slug_OfTagName_IsLowercaseWordsJoinedByDash(string name, string slug) =>
        Assert.Equal(slug, TagSlug.From(name));
}
