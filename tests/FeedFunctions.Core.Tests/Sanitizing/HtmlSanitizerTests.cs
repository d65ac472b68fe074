using AngleSharp.Html.Parser;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Core.Tests.Sanitizing;

public sealed class HtmlSanitizerTests
{
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "script removed with its content", "<p>a<script>alert(1)</script>b</p>", "<p>ab</p>" },
        { "style removed with its content", "<style>p{}</style><p>x</p>", "<p>x</p>" },
        { "iframe, object, embed and form removed", "<iframe src=\"https://e.x\"></iframe><object data=\"x\"></object><embed src=\"x\"><form><input></form>ok", "ok" },
        { "event handlers removed", "<p onclick=\"x()\" onmouseover=\"y()\">t</p>", "<p>t</p>" },
        { "javascript: URL removed", "<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>" },
        { "javascript: URL hidden by whitespace removed", "<a href=\" java\tscript:alert(1)\">x</a>", "<a>x</a>" },
        { "vbscript: URL removed", "<a href=\"vbscript:msgbox\">x</a>", "<a>x</a>" },
        { "data: URL in a link removed", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<a>x</a>" },
        { "data:image kept in an image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">" },
        { "data:image/svg+xml removed", "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<img>" },
        { "links kept with a safe rel", "<a href=\"https://e.x/a\" target=\"_blank\">x</a>", "<a href=\"https://e.x/a\" rel=\"noopener noreferrer\">x</a>" },
        { "formatting, lists and tables kept", "<b>b</b><ul><li>i</li></ul><table><tr><td colspan=\"2\">c</td></tr></table>", "<b>b</b><ul><li>i</li></ul><table><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table>" },
        { "style, class and id removed", "<p style=\"color:red\" class=\"c\" id=\"i\">t</p>", "<p>t</p>" },
        { "unknown element unwrapped", "<font color=\"red\"><b>t</b></font>", "<b>t</b>" },
        { "comments removed", "a<!-- secret -->b", "ab" },
        { "malformed markup cannot smuggle a script", "<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)" },
        { "svg with script removed", "<svg><script>alert(1)</script></svg>ok", "ok" },
        { "plain text untouched", "just text", "just text" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sanitize_Input_KeepsOnlyAllowedMarkup(string because, string html, string expected)
    {
        var clean = HtmlSanitizer.Sanitize(html);

        Assert.True(expected == clean, $"{because}: got {clean}");
    }

    [Fact]
    public void Sanitize_RelativeUrls_ResolvesAgainstBase()
    {
        var clean = HtmlSanitizer.Sanitize("<a href=\"../b\">b</a><img src=\"/i.png\" srcset=\"x.png 2x, javascript:y 3x\">", new Uri("https://e.x/a/c/"));

        Assert.Equal("<a href=\"https://e.x/a/b\" rel=\"noopener noreferrer\">b</a><img src=\"https://e.x/i.png\" srcset=\"https://e.x/a/c/x.png 2x\">", clean);
    }

    // XSS vectors from the OWASP cheat sheet and known mutation-XSS cases; both sanitizer paths see them.
    public static TheoryData<string> AttackVectors() => new()
    {
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS')\">",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#0000106avascript:alert(1)\">x</a>",
        "<svg/onload=alert(1)>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<!--><img src=x onerror=alert(1)>-->",
        "<title><img src=x onerror=alert(1)></title>",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<base href=\"javascript:alert(1)//\"><a href=\"x\">x</a>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<img srcset=\"javascript:alert(1) 1x, https://ok.example/a.png 2x\">",
        "<video poster=javascript:alert(1) src=javascript:alert(2)></video>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<p><a href=\"https://ok.example/\" onclick=\"alert(1)\">ok</a></p>",
        "<table><tr><td onmouseover=alert(1)>x</td></tr></table>",
        "<ul><li onclick=alert(1)>x<li>y</ul>",
    };

    [Theory]
    [MemberData(nameof(AttackVectors))]
    public void Sanitize_AttackVector_LeavesNoActiveContent(string html)
    {
        var clean = HtmlSanitizer.Sanitize(html, new Uri("https://feed.example/"));

        // Read the output as a browser would: no script or active element, no event handler, no script URL.
        var body = new HtmlParser().ParseDocument(string.Empty).Body!;
        body.InnerHtml = clean;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, new[] { "script", "style", "iframe", "object", "embed", "form", "base", "svg", "math", "noscript", "textarea" });
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} in {clean}");
                Assert.DoesNotContain("javascript", attribute.Value.Replace("\t", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
                Assert.NotEqual("style", attribute.Name);
            }
        }
    }
}
