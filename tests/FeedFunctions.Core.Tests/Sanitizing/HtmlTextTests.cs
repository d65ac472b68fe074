using FeedFunctions.Sanitizing;

namespace FeedFunctions.Core.Tests.Sanitizing;

public sealed class HtmlTextTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "<p>One.</p><p>Two.</p>", "One.\nTwo." },
        { "<h1>Title</h1>Body   text\n here", "Title\nBody text here" },
        { "a<br>b", "a\nb" },
        { "<ul><li>x</li><li>y</li></ul>", "x\ny" },
        { "Fish &amp; Chips &eacute;&nbsp;&hellip;", "Fish & Chips é …" },
        { "<script>var x;</script><style>p{}</style>Visible", "Visible" },
        { "<b>bold</b> and <i>italic</i>", "bold and italic" },
        { "plain\ntext", "plain\ntext" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToPlainText_Html_GivesReadableText(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));
}
