using FeedFunctions.Parsing.Dates;

namespace FeedFunctions.Core.Tests.Parsing;

public sealed class FeedDateParserTests
{
    public static TheoryData<string, string> Readable() => new()
    {
        // RFC 822 / RFC 1123 with named zones (RFC 822 section 5.1).
        { "Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 19:48:21 UT", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 14:48:21 EST", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jul 2004 15:48:21 EDT", "2004-07-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 13:48:21 CST", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jul 2004 14:48:21 CDT", "2004-07-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 12:48:21 MST", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jul 2004 13:48:21 MDT", "2004-07-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 11:48:21 PST", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jul 2004 12:48:21 PDT", "2004-07-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 20:48:21 A", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 18:48:21 N", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 21:48:21 +0200", "2004-01-01T19:48:21Z" },
        // Malformed variants seen in real feeds.
        { "01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
        { "Mon, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z" },
        { "Thu, 01 Jan 99 19:48:21 GMT", "1999-01-01T19:48:21Z" },
        { "Thu, 01 Jan 2004 19:48 GMT", "2004-01-01T19:48:00Z" },
        { "Thu, 01 Jan 2004 19:48:21 +00:00", "2004-01-01T19:48:21Z" },
        { "Thu, 1 January 2004 19:48:21 GMT (Coordinated)", "2004-01-01T19:48:21Z" },
        { "Thursday, 01-Jan-2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
        { "Thu Jan  1 19:48:21 UTC 2004", "2004-01-01T19:48:21Z" },
        // ISO 8601 and W3C-DTF.
        { "2004-01-01T19:48:21Z", "2004-01-01T19:48:21Z" },
        { "2004-01-01T21:48:21+02:00", "2004-01-01T19:48:21Z" },
        { "2004-01-01T19:48:21.52Z", "2004-01-01T19:48:21.52Z" },
        { "2004-01-01T19:48Z", "2004-01-01T19:48:00Z" },
        { "2004-01-01", "2004-01-01T00:00:00Z" },
        { "2004-01", "2004-01-01T00:00:00Z" },
        { "20040101T194821Z", "2004-01-01T19:48:21Z" },
        { "2004-01-01 19:48:21", "2004-01-01T19:48:21Z" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Parse_KnownForm_ReadsInstant(string raw, string expectedUtc)
    {
        var date = FeedDateParser.Parse(raw);

        Assert.NotNull(date);
        Assert.Equal(raw.Trim(), date.Raw);
        Assert.True(date.IsValid, raw);
        Assert.Equal(expectedUtc, FeedFunctions.Parsing.ParsedFeedJson.FormatDate(date.Value!.Value));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Thu, 01 Foo 2004 19:48:21 GMT")]
    [InlineData("Thu, 31 Feb 2004 19:48:21 GMT")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 XYZ")]
    [InlineData("2004-13-01T00:00:00Z")]
    public void Parse_Unreadable_KeepsRawWithoutValue(string raw)
    {
        var date = FeedDateParser.Parse(raw);

        Assert.NotNull(date);
        Assert.Equal(raw, date.Raw);
        Assert.Null(date.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_Empty_ReturnsNull(string? raw) => Assert.Null(FeedDateParser.Parse(raw));
}
