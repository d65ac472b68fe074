using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using FeedFunctions.Sanitizing;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Sanitizing;

/// <summary>The fast path and AngleSharp's HTML5 tree builder give byte-identical results wherever the fast path answers.</summary>
public sealed class HtmlCleanerDifferentialTests
{
    private static readonly Uri Base = new("https://example.test/a/b/");

    // Markup that exercises the tree builder's rules: each is either left to AngleSharp or must come out the same.
    public static TheoryData<string> TrickyMarkup() => new()
    {
        "<p>a<script>alert(1)</script>b</p>",
        "<scr<script>ipt>alert(1)</script>",
        "<pre>\nfoo</pre><pre>\n\nbar</pre><pre><!-- c -->\nbaz</pre><pre><font>\nq</font></pre>",
        "a &notit; &copy=3 <a href=\"?a=1&copy=2&b=3&notit;&amp\">x</a> &amp &lt &#0; &#128; &#x80; &#xD800; &#1114112; &#1; &#",
        "<span/>text<br/>x",
        "<noscript><img src=\"a.png\"></noscript><img src=\"b.png\" alt=\"B\">",
        "<a href=\"/x\" title='a\"b' HREF=\"dup\">t</a><IMG SRC=c.png ALT=unq>",
        "<p>x<iframe src=\"y\"><p>z</p></iframe>w</p>",
        "<ul><li>a<ul><li>b</li></ul></li></ul><ol start=3><li value=4>c</li></ol>",
        "<img src=\"data:image/png;base64,AAA\" srcset=\"a.png 1x, javascript:x 2x, b.png 2x\"><video src=v.mp4 poster=p.png controls></video>",
        "text <with> less &lt; than < 3 and > 2",
        "<p>one<p>two",
        "<div><p>x</p></div></span>",
        "<o:p>word</o:p><my-el>custom</my-el>",
        "<img/src=\"x\"/alt=\"y\"><a href='a' title=x/y>q</a><p title=\"a&amp;b&quot;c&#39;d\">e</p>",
        "<script>var a = \"</scripty>\"; </script >after",
        "<p>a<address>b</address><p>c<article>d</article><p>e<blockquote>h</blockquote><p>i<center>j</center><p>k<details>l</details>",
        "<p>a<dir>b</dir><p>c<div>d</div><p>e<dl><dt>f</dl><p>g<fieldset>h</fieldset><p>i<figcaption>j</figcaption><p>k<figure>l</figure>",
        "<p>a<footer>b</footer><p>c<header>d</header><p>e<hgroup>f</hgroup><p>g<main>h</main><p>i<menu>j</menu><p>k<nav>l</nav>",
        "<p>a<ol><li>b</ol><p>c<section>d</section><p>e<summary>f</summary><p>g<ul><li>h</ul><p>i<h1>j</h1><p>k<h6>l</h6><p>m<pre>n</pre><p>o<hr>p",
        "<p>a<input>b<area>c<param>d<source>e<track>f<wbr>g<embed>h<img>i<br>j<video>k</video><audio>l</audio><label>m</label>",
        "<p>a<span>b<div>c</div>d</span>e</p>",
        "<p>a<b>b<div>c</div>d</b>e</p>",
        "<ul><li>a<li>b<li>c</ul><dl><dt>a<dd>b<dt>c<dd>d</dl>",
        "<li><b>x<li>y",
        "<div><span>x</div>y",
        "<span><div>x</span>y</div>",
        "<h2>a<h3>b</h2>c",
        "<table><tr><td>a<td>b<tr><td>c</table>after",
        "<table> <tr> <td>a</td> </tr> </table>",
        "<table><tr><td><b>a</td></tr></table>b",
        "<b><table><tr><td>x</td></tr></table>y</b>",
        "<p>a<table><tr><td>x</td></tr></table>",
        "<table>text<tr><td>x</td></tr></table>",
        "<table><tbody><th>h</th><tr><td>x</td></tbody><tfoot><td>f</table>",
        "<td>a</td><tr>b</tr></table>x</td>y</tr>z",
        "<a href=1><table><tr><td><a href=2>x</a></td></tr></table></a>",
        "<div><table><tr><td></div>x</td></tr></table>",
        "<html><head></head><body><p>x</p></body></html>",
        "</span>a</a>b</div>c</li>d</h2>e</img>f</p>g</br>h",
        "<li>a<p>b<li>c",
        "<p><span>a<p>b",
        "<em><p>a</em>b",
        "<p>text <a class=anchor href=\"#x\"><h2 id=\"x\">Heading</h2></a>",
        "<iframe src='https://v.example/1' />after, as raw text",
        "<svg><p>x</p></svg><math><mi>y</mi></math>",
        "<!-->x<!--->y<!-- a --!>z",
        // Formatting elements closed implicitly are reopened (13.2.4.3 "reconstruct the active formatting elements").
        "<p><b>x<p>y",
        "<b>a<div>b</div>c</b>",
        "<i><b>x</i>y</b>z",
        "<p><a href=\"/1\">x<h2>y</h2>z</a>w",
        "<b><b><b><b>x</p>y",
        "<b class=1><b class=2><b class=1><b class=1><b class=1><p>x",
        "<table><tr><td><b>x</td></tr></table>y",
        "<b>x<table><tr><td>y</td></tr></table>z",
        "<a href=\"/1\">x<p>y</a>z",
        "<p><strong>a<div>b</strong>c</div>",
        "<ul><li><em>a<li>b</ul>c",
        // AngleSharp drops the semicolon of "&;" (the standard keeps it): left to AngleSharp.
        "a &; b <img src=\"x?a=1&;b=2\">",
        "<![CDATA[x]]><?php echo 1 ?><!DOCTYPE html>",
    };

    [Theory]
    [MemberData(nameof(TrickyMarkup))]
    public void FastPath_TrickyMarkup_AgreesWithAngleSharpOrDefers(string html) => AssertAgreement(html);

    [Fact]
    public void FastPath_EveryHtmlFieldOfTheRealFeeds_AgreesWithAngleSharp()
    {
        var fragments = RealFeedHtml();
        var answered = fragments.Count(AssertAgreement);

        // The fast path must keep answering most real markup; the rest goes to AngleSharp (measured: 99% of fields).
        Assert.True(fragments.Count > 1500, $"{fragments.Count} fragments");
        Assert.True(answered >= fragments.Count * 0.95, $"the fast path answered {answered} of {fragments.Count}");
    }

    // Real markup broken the ways feeds break it (tags inserted out of place, spans cut out), with a fixed seed.
    [Fact]
    public void FastPath_MutatedRealMarkup_AgreesWithAngleSharp()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=\"x\">", "</a>", "<div>", "</div>", "<li>", "</li>", "<ul>",
            "</ul>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<br>", "</br>", "<h2>", "</h2>", "<pre>", "\n",
            "&amp", "&nbsp;", "&#x", "<!--", "-->", "<em>", "</em>", "<span>", "</span>", "<dd>", "<dt>", "<tbody>", "<th>",
            "<font>", "</font>", "<strong>", "</strong>", "<img src=x>", "<script>", "</script>", "<style>", "<iframe>",
            "<noscript>", "</noscript>", "<html>", "<body>", "</body>", "<hr>", "<h1>", "</h3>", "&;",
        ];
        var fragments = RealFeedHtml();
        var random = new Random(12);
        var answered = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = new StringBuilder(fragments[random.Next(fragments.Count)]);
            if (html.Length > 2000) html.Remove(2000, html.Length - 2000);
            for (var edits = random.Next(1, 8); edits > 0; edits--)
            {
                var at = random.Next(html.Length + 1);
                if (random.Next(4) == 0 && at < html.Length) html.Remove(at, Math.Min(random.Next(1, 30), html.Length - at));
                else html.Insert(at, pieces[random.Next(pieces.Length)]);
            }
            if (AssertAgreement(html.ToString())) answered++;
        }

        Assert.True(answered > 1500, $"the fast path answered {answered} of 3000");
    }

    // Returns whether the fast path answered; when it did, both outputs must be identical.
    private static bool AssertAgreement(string html)
    {
        var tree = new HtmlFastTree();
        var sanitizer = new FastHtmlSanitizer();
        var fast = new StringBuilder();
        sanitizer.Reset(fast, Base);
        if (!tree.TryWalk(html, sanitizer)) return false;

        var body = new HtmlParser().ParseDocument(string.Empty).Body!;
        body.InnerHtml = html;
        TreeHtmlSanitizer.CleanChildren(body, Base);
        Assert.Equal(body.InnerHtml, fast.ToString());

        var text = new PlainTextWriter();
        var fastText = new StringBuilder();
        text.Reset(fastText);
        Assert.True(tree.TryWalk(html, text));
        body.InnerHtml = html;
        var treeText = new StringBuilder();
        text.Reset(treeText);
        text.AppendTree(body);
        Assert.Equal(PlainTextWriter.Collapse(treeText), PlainTextWriter.Collapse(fastText));
        return true;
    }

    private static List<string> RealFeedHtml()
    {
        var roots = new[] { Path.Combine(RepoPaths.Eval, "feeds"), Path.Combine(RepoPaths.Eval, "realfeeds") };
        var fragments = new List<string>();
        foreach (var path in roots.SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(path) is not (".xml" or ".rss" or ".atom" or ".rdf")) continue;
            XDocument document;
            try
            {
                document = XDocument.Parse(FeedFunctions.Parsing.Encoding.FeedTextDecoder.Decode(File.ReadAllBytes(path), null).Text);
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }
            fragments.AddRange(document.Descendants()
                .Where(e => !e.HasElements && e.Value.AsSpan().IndexOfAny('<', '&') >= 0)
                .Select(e => e.Value.Trim()));
        }
        return fragments;
    }
}
