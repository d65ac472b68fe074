using System.Xml;
using System.Xml.Linq;
using FeedFunctions.Parsing;
using FeedFunctions.Parsing.Encoding;
using FeedFunctions.Parsing.Xml;
using FeedFunctions.Sanitizing;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>The lenient reader, given well-formed XML, reads what System.Xml reads and finds no fault.</summary>
public sealed class LenientXmlReaderTests
{
    [Fact]
    public void Read_EveryWellFormedCorpusFeed_GivesTheStrictReadersFeedAndNoFault()
    {
        var compared = 0;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Eval, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(path) is not (".xml" or ".rss" or ".atom" or ".rdf")) continue;
            var text = FeedTextDecoder.Decode(File.ReadAllBytes(path), null).Text;
            if (StrictRoot(text) is not { } strict || strict.Name.LocalName.ToLowerInvariant() is not ("rss" or "feed" or "rdf" or "channel")) continue;

            var (lenient, fault) = LenientXmlReader.Read(text);

            Assert.True(fault is null, $"{path}: {fault}");
            Assert.Equal(Json(strict), Json(lenient!));
            compared++;
        }
        Assert.True(compared > 500, $"{compared} feeds compared");
    }

    private static XElement? StrictRoot(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string Json(XElement root) =>
        ParsedFeedJson.Serialize(XmlFeedMapper.Map(root, new Uri("https://feed.example/dir/"), new FeedText(new HtmlCleaner())), indented: true);
}
