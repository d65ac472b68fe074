using System.Xml;
using System.Xml.Linq;
using FeedFunctions.Parsing.Encoding;
using FeedFunctions.Parsing.Xml;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Our tree loader gives XDocument.Load's tree on every well-formed feed, and caps the nesting of hostile ones.</summary>
public sealed class XmlTreeLoaderTests
{
    [Fact]
    public void Load_EveryWellFormedCorpusFeed_SerializesAsXDocumentLoad()
    {
        // The legacy code pages of some corpus feeds; FeedParser registers them too, and may not have run yet.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var compared = 0;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Eval, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(path) is not (".xml" or ".rss" or ".atom" or ".rdf")) continue;
            var text = FeedTextDecoder.Decode(File.ReadAllBytes(path), null).Text;
            XElement? expected;
            try
            {
                using var reader = XmlReader.Create(new StringReader(text), Settings());
                expected = XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
            }
            catch (XmlException)
            {
                continue;
            }

            using var ours = XmlReader.Create(new StringReader(text), Settings());
            var actual = XmlTreeLoader.Load(ours);

            Assert.Equal(expected?.ToString(SaveOptions.DisableFormatting), actual?.ToString(SaveOptions.DisableFormatting));
            compared++;
        }
        Assert.True(compared > 500, $"{compared} feeds compared");
    }

    [Fact]
    public void Load_100kNestedElements_KeepsMaxDepthAndAllTheText()
    {
        const int depth = 100_000;
        var xml = string.Concat(Enumerable.Repeat("<div>a", depth)) + "deep" + string.Concat(Enumerable.Repeat("</div>", depth));
        using var reader = XmlReader.Create(new StringReader(xml), Settings());

        var root = XmlTreeLoader.Load(reader)!;

        Assert.Equal(XmlTreeLoader.MaxDepth, root.DescendantsAndSelf().Count());
        var deepest = root.DescendantsAndSelf().Last();
        Assert.Equal(depth - XmlTreeLoader.MaxDepth + 1 + 4, deepest.Value.Length);
        Assert.EndsWith("adeep", deepest.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyElementWithEndTag_SerializesWithEndTag()
    {
        using var reader = XmlReader.Create(new StringReader("<a><b></b><c/>x<!-- split -->y</a>"), Settings());

        Assert.Equal("<a><b></b><c />xy</a>", XmlTreeLoader.Load(reader)!.ToString(SaveOptions.DisableFormatting));
    }

    private static XmlReaderSettings Settings() => new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
}
