using System.Buffers.Text;
using System.Text;

namespace FeedFunctions.Tests.Support.Abuse;

/// <summary>The hostile values the abuse cases are made of, each with a name; strings are already escaped for a URL where they go into one.</summary>
public static class AbuseInputs
{
    public const string Script = "<script>alert(1)</script>";
    public const string TenMegabytes = "10 MB";

    /// <summary>Values put in place of a path parameter.</summary>
    public static IReadOnlyList<(string Name, string Escaped)> Segments { get; } =
    [
        ("odata", Uri.EscapeDataString("x' or PartitionKey ne '")),
        ("sql", Uri.EscapeDataString("1; DROP TABLE Articles--")),
        ("100 KB", new string('a', 100_000)),
        ("nul", "%00"),
        ("traversal", "..%2F..%2Fetc%2Fpasswd"),
        ("html", Uri.EscapeDataString(Script)),
        ("crlf", "%0D%0ASet-Cookie:%20x=1"),
        ("non-ascii", Uri.EscapeDataString("ünïcødé-日本-🙂")),
        ("invalid utf-8", "%FF%FE"),
        ("upper-case hex id", "ABCDEF-0123"),
        ("overlong id", new string('a', 200) + "-b"),
        ("huge number", "99999999999999999999999"),
        ("negative", "-1"),
        ("dots", "..."),
    ];

    /// <summary>Query strings sent to every GET route, including the ones that take no query.</summary>
    public static IReadOnlyList<(string Name, string Query)> Queries(string issuedToken) =>
    [
        ("since at DateTimeOffset.MinValue", "since=0001-01-01"),
        ("until at DateTimeOffset.MaxValue", "until=9999-12-31"),
        ("window at the start of time", "since=0001-01-01&until=0001-01-02"),
        ("until at the start of time", "until=0001-01-01"),
        ("since at the end of time", "since=9999-12-31"),
        ("since before MinValue in UTC", "since=0001-01-01T00:00:00%2B14:00"),
        ("until after MaxValue in UTC", "until=9999-12-31T23:59:59-14:00"),
        ("since in the year 1000", "since=1000-01-01"),
        ("pageSize zero", "pageSize=0"),
        ("pageSize negative", "pageSize=-1"),
        ("pageSize huge", "pageSize=99999999999999999999"),
        ("pageSize empty", "pageSize="),
        ("pageSize exponent", "pageSize=1e3"),
        ("forged token", "continuationToken=" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes("999912|x"))),
        ("truncated token", "continuationToken=" + issuedToken[..^4]),
        ("token with a flipped character", "continuationToken=" + (issuedToken[0] == 'A' ? 'B' : 'A') + issuedToken[1..]),
        ("overlong token", "continuationToken=" + new string('A', 600)),
        ("odata tag", "tag=" + Uri.EscapeDataString("x' or PartitionKey ne '")),
        ("odata feed", "feed=" + Uri.EscapeDataString("' or 1 eq 1 or '")),
        ("sql category", "category=" + Uri.EscapeDataString("world'; DROP TABLE x--")),
        ("html language", "language=" + Uri.EscapeDataString(Script)),
        ("100 KB value", "q=" + new string('a', 100_000)),
        ("5,000 repeated parameters", string.Join('&', Enumerable.Repeat("tag=a", 5000))),
        ("bad token", "token=x"),
        ("empty token", "token="),
        ("nul token", "token=%00"),
        ("negative page", "page=-1&status=" + Uri.EscapeDataString(Script)),
        ("crlf value", "tag=%0D%0ALocation:%20http://evil.example/"),
    ];

    /// <summary>Bodies sent to every POST and DELETE route: (name, content type or null, bytes).</summary>
    public static IReadOnlyList<(string Name, string? ContentType, byte[] Body)> Bodies { get; } =
    [
        ("no body", null, []),
        ("text/plain", "text/plain", "hello"u8.ToArray()),
        ("malformed JSON", "application/json", "{\"url\":"u8.ToArray()),
        ("JSON of the wrong types", "application/json", """{"url":1,"title":[],"text":{},"sentences":"three","email":5,"topics":"x","everyHours":"often","maxStories":"many"}"""u8.ToArray()),
        ("JSON nested 50,000 deep", "application/json", Encoding.ASCII.GetBytes(new string('[', 50_000))),
        ("JSON array", "application/json", "[1,2,3]"u8.ToArray()),
        ("JSON null", "application/json", "null"u8.ToArray()),
        ("10 MB JSON", "application/json", Encoding.ASCII.GetBytes("{\"text\":\"" + new string('a', 10 * 1024 * 1024) + "\"}")),
        ("10 MB form", "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("email=" + new string('a', 10 * 1024 * 1024))),
        ("5,000 topics fields", "application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("email=reader%40example.test&" + string.Join('&', Enumerable.Repeat("topics=a", 5000)))),
        ("malformed multipart", "multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nbroken"u8.ToArray()),
        ("multipart without boundary", "multipart/form-data", "x"u8.ToArray()),
        ("malformed form", "application/x-www-form-urlencoded", "%%%=%zz&=&&email"u8.ToArray()),
        ("XML with a DTD", "application/xml", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><opml><body><outline xmlUrl="&b;"/></body></opml>"""u8.ToArray()),
        ("JSON sent as a form", "application/x-www-form-urlencoded", "{\"email\":\"reader@example.test\"}"u8.ToArray()),
    ];

    /// <summary>Values put in each subscriber field: CRLF header injection, markup and non-ASCII text.</summary>
    public static IReadOnlyList<(string Name, string Value)> FieldValues { get; } =
    [
        ("crlf", "x\r\nBcc: victim@example.test"),
        ("html", Script),
        ("non-ascii", "Zürich 東京 🙂"),
        ("100 KB", new string('a', 100_000)),
    ];

    /// <summary>Every field a subscriber sends, in the JSON and form spelling.</summary>
    public static IReadOnlyList<string> SubscriberFields { get; } =
        ["email", "topics", "categories", "feeds", "frequency", "everyHours", "deliveryTime", "deliveryDay", "timeZone", "summaryLength", "maxStories"];
}
