using System.Text;
using FeedFunctions.Fetching;
using FeedFunctions.TestSupport.FeedFarm;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FeedSnifferTests
{
    public static TheoryData<string, string, bool> Bodies => new()
    {
        { "rss", FeedFarmContent.Rss("t", "i"), true },
        { "atom", FeedFarmContent.Atom, true },
        { "json feed", FeedFarmContent.JsonFeed, true },
        { "rdf", """<?xml version="1.0"?><!-- RSS 1.0 --><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>""", true },
        { "doctype and bom", "\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"x.dtd\">\n<rss version=\"0.91\"></rss>", true },
        { "html", FeedFarmContent.HtmlWithAlternates, false },
        { "other json", """{"version":"2","items":[]}""", false },
        { "broken json", """{"version":""", false },
        { "text", "Not found", false },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void IsFeed_Body_TellsFeedsFromOthers(string name, string body, bool isFeed) =>
        Assert.True(isFeed == FeedSniffer.IsFeed(Encoding.UTF8.GetBytes(body)), name);

    [Fact]
    public void IsFeed_Utf16WithBom_SniffsTheRoot() =>
        Assert.True(FeedSniffer.IsFeed(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")).ToArray()));
}
