using FeedFunctions.Feeds;
using FeedFunctions.Summaries;

namespace FeedFunctions.Core.Tests.Summaries;

public sealed class GazetteerTests
{
    private readonly Gazetteer gazetteer = new();

    [Theory]
    [InlineData("DPRK", "North Korea")]
    [InlineData("North Korea", "North Korea")]
    [InlineData("U.S.", "United States")]
    [InlineData("US", "United States")]
    [InlineData("United States", "United States")]
    [InlineData("UN", "United Nations")]
    public void TryResolve_Alias_ReturnsCanonicalName(string surface, string expected)
    {
        Assert.True(gazetteer.TryResolve(surface, out var name, out _));
        Assert.Equal(expected, name);
    }

    [Fact]
    public void TryResolve_CapitalisedWordThatIsAnAcronymInCapitals_DoesNotMatch()
    {
        Assert.True(gazetteer.TryResolve("WHO", out _, out var kind));
        Assert.Equal(TagKind.Organization, kind);
        Assert.False(gazetteer.TryResolve("Who", out _, out _));
    }

    [Fact]
    public void Key_HyphenatedAndSpacedNames_AreEqual()
    {
        Assert.Equal(Gazetteer.Key("Kim Jong Un"), Gazetteer.Key("Kim Jong-un"));
    }
}
