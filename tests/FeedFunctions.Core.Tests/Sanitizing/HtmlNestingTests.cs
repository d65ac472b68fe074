using System.Text.RegularExpressions;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Core.Tests.Sanitizing;

/// <summary>Issue 16 item 6: deeply nested markup is read in one bounded pass; nesting beyond the cap is flattened.</summary>
/// <remarks>These tests check the output, not the time: docs/reliability.md has the time against depth (NestingBenchmarks).</remarks>
public sealed partial class HtmlNestingTests
{
    private const int Depth = 100_000;

    private static string Nested(string open, string close, string middle = "deep") =>
        string.Concat(Enumerable.Repeat(open, Depth)) + middle + string.Concat(Enumerable.Repeat(close, Depth));

    [Fact]
    public void Sanitize_100kNestedDivs_CapsTheDepthAndKeepsTheText()
    {
        var html = new HtmlCleaner().Sanitize(Nested("<div>", "</div>") + "<p>after</p>");

        Assert.Equal(HtmlFastTree.MaxDepth, OpenDivs().Matches(html).Count);
        Assert.Equal(HtmlFastTree.MaxDepth, CloseDivs().Matches(html).Count);
        Assert.Contains("deep", html, StringComparison.Ordinal);
        Assert.EndsWith("<p>after</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_100kNestedSpans_IsTheText()
    {
        Assert.Equal("deep", new HtmlCleaner().ToPlainText(Nested("<span>", "</span>")));
    }

    [Fact]
    public void Sanitize_ScriptBeyondTheCap_IsDroppedWithItsContent()
    {
        var html = new HtmlCleaner().Sanitize(Nested("<div>", "</div>", "<script>alert('<div>')</script>deep"));

        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.Ordinal);
        Assert.Contains("deep", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_DeepMarkupTheFastPathCannotRead_IsKeptAsTextWithinTheBudget()
    {
        // A table inside a paragraph sends the fragment to the full parser; 100k start tags are over its budget.
        var cleaner = new HtmlCleaner();

        var html = cleaner.Sanitize("<p><table><tr><td>cell</td></tr></table>" + Nested("<div>", "</div>", "<b>deep &amp; low</b><script>x()</script>"));

        Assert.Equal("cell\ndeep &amp; low", html);
        Assert.Equal(1, cleaner.OverBudgetCount);
        Assert.Equal(0, cleaner.FallbackCount);
    }

    [Fact]
    public void Sanitize_SmallFragmentTheFastPathCannotRead_StillGoesToTheFullParser()
    {
        var cleaner = new HtmlCleaner();

        var html = cleaner.Sanitize("<p>a<table><tr><td>cell</td></tr></table>");

        Assert.Equal("<p>a<table><tbody><tr><td>cell</td></tr></tbody></table></p>", html);
        Assert.Equal(1, cleaner.FallbackCount);
        Assert.Equal(0, cleaner.OverBudgetCount);
    }

    [Fact]
    public void Sanitize_ManyOpenFormattingElements_LeavesThemToTheFullParser()
    {
        var cleaner = new HtmlCleaner();
        var html = string.Concat(Enumerable.Range(0, HtmlFastTree.MaxFormattingElements + 1).Select(i => $"<b title=\"{i}\">")) + "x";

        var sanitized = cleaner.Sanitize(html);

        Assert.Equal(1, cleaner.FallbackCount);
        Assert.Equal(HtmlFastTree.MaxFormattingElements + 1, Regex.Matches(sanitized, "<b>").Count);
    }

    [GeneratedRegex("<div>")]
    private static partial Regex OpenDivs();

    [GeneratedRegex("</div>")]
    private static partial Regex CloseDivs();
}
