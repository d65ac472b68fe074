using FeedFunctions.Parsing;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Reads the small quirk files of Parsing/testdata and parses them.</summary>
internal static class TestFeeds
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Parsing", "testdata", name));

    public static ParsedFeed Parse(string name, string? contentType = null, Uri? baseUrl = null, Uri? contentLocation = null) =>
        new FeedParser().Parse(Bytes(name), contentType, baseUrl, contentLocation);
}
