using FeedFunctions.Digest;
using FeedFunctions.Email;

namespace FeedFunctions.Core.Tests.Email;

public sealed class DigestRenderingTests
{
    private static readonly DigestIssue Paris = DigestSamples.Issue(DigestSamples.Rich(), timeZone: "Europe/Paris");

    [Fact]
    public void Html_Story_OurArticlePageFirstThenTheOriginal_TimesInTheSubscribersZone()
    {
        var html = DigestHtmlRenderer.Render(Paris, DigestSamples.Links);
        var story = DigestSamples.Rich().Top!;

        var ours = html.IndexOf($"href=\"https://news.example.test/articles/{story.Key}\"", StringComparison.Ordinal);
        var original = html.IndexOf("href=\"https://example.org/trilateral-talks-resume-on-the-peninsula\"", StringComparison.Ordinal);
        Assert.True(ours > 0 && original > ours, "our page first, the original second");
        Assert.Contains("Read at World Desk", html, StringComparison.Ordinal);
        Assert.Contains("Fri 27 Nov, 09:00 to Sat 28 Nov, 09:00, Paris time &middot; 4 stories", html, StringComparison.Ordinal);
        Assert.Contains("World Desk &middot; Sat 28 Nov, 07:00", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" UTC", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example.test/topics/north-korea\"", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"ff-text\" style=\"margin:0 0 8px;{DigestHtmlRenderer.Font};font-size:15px;line-height:1.55;color:#1f2937\">{DigestSamples.Lede}</p>", html, StringComparison.Ordinal);
        Assert.Contains(">FeedFunctions</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ViewInBrowser_OnlyInTheEmailNotOnThePageItLeadsTo()
    {
        var email = DigestHtmlRenderer.Render(Paris, DigestSamples.Links);
        var page = DigestHtmlRenderer.Render(Paris, DigestSamples.Links with { ViewInBrowser = null });

        Assert.Contains("https://news.example.test/digest?token=mno.pqr", email, StringComparison.Ordinal);
        Assert.DoesNotContain("View in browser", page, StringComparison.Ordinal);
        // Otherwise the page is the email itself: the same digest.
        Assert.Equal(page, email.Replace("<a class=\"ff-link\" href=\"https://news.example.test/digest?token=mno.pqr\" style=\"color:#1d4ed8\">View in browser</a>", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_Digest_BrandPeriodViewLinkOurPageAndOriginal()
    {
        var text = DigestTextRenderer.Render(Paris, DigestSamples.Links);
        var story = DigestSamples.Rich().Top!;

        Assert.StartsWith("FeedFunctions: Your daily digest\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Fri 27 Nov, 09:00 to Sat 28 Nov, 09:00, Paris time · 4 stories", text, StringComparison.Ordinal);
        Assert.Contains("View in browser: https://news.example.test/digest?token=mno.pqr", text, StringComparison.Ordinal);
        Assert.Contains($"  Read: https://news.example.test/articles/{story.Key}", text, StringComparison.Ordinal);
        Assert.Contains("  Original: https://example.org/trilateral-talks-resume-on-the-peninsula", text, StringComparison.Ordinal);
        Assert.Contains("  " + DigestSamples.Lede, text, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe: https://news.example.test/unsubscribe?token=abc.def", text, StringComparison.Ordinal);
    }
}
