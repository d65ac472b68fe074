using FeedFunctions.FullText;

namespace FeedFunctions.Core.Tests.FullText;

public sealed class TeaserDetectorTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("A full paragraph of article text that goes on. ", 15));

    public static TheoryData<string, string?, bool> Texts => new()
    {
        { "null", null, true },
        { "empty", "", true },
        { "short", "Officials met in Seoul on Monday.", true },
        { "short once tags are gone", "<p>" + new string(' ', 600) + "<b>Brief</b></p>", true },
        { "long", Long, false },
        { "long html", "<p>" + Long + "</p><p>Final words.</p>", false },
        { "three dots", Long + "and then...", true },
        { "ellipsis", Long + "and then…", true },
        { "bracketed ellipsis", Long + "and then [&hellip;]", true },
        { "more in parentheses", Long + "<a href=\"/p\">(more…)</a>", true },
        { "read more", Long + "<a href=\"/p\">Read more »</a>", true },
        { "wordpress continue reading", Long + "<a href=\"/p\">Continue reading <span class=\"screen-reader-text\">Talks resume</span></a>", true },
        { "read more far from the end", "Read more about it below. " + Long, false },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void IsTeaser_Text_DetectsTeasers(string name, string? text, bool teaser) =>
        Assert.True(teaser == TeaserDetector.IsTeaser(text), name);

    [Fact]
    public void IsTeaser_RealArticle_IsNotATeaser()
    {
        var article = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Shared, "examples", "article-dprk-trilateral-talks.txt"));

        Assert.False(TeaserDetector.IsTeaser(article));
    }
}
