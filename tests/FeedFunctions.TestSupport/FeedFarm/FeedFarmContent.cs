using System.IO.Compression;
using System.Text;

namespace FeedFunctions.TestSupport.FeedFarm;

/// <summary>The bodies the feed farm serves: small valid feeds, broken ones, pages and bombs.</summary>
public static class FeedFarmContent
{
    public static string Rss(string title, params string[] itemTitles) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link><description>{title}</description>
        {string.Concat(itemTitles.Select((t, i) => $"<item><title>{t}</title><link>https://example.org/{i}</link><guid>https://example.org/{i}</guid></item>"))}
        </channel></rss>
        """;

    public const string Atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Farm Atom</title><id>urn:farm:atom</id><updated>2024-01-01T00:00:00Z</updated>
        <entry><title>One</title><id>urn:farm:atom:1</id><updated>2024-01-01T00:00:00Z</updated></entry></feed>
        """;

    public const string JsonFeed =
        """{"version":"https://jsonfeed.org/version/1.1","title":"Farm JSON","items":[{"id":"1","content_text":"One"}]}""";

    /// <summary>Unreadable: a JSON Feed cut off mid-string (XML with an element in it is always read leniently, issue 12).</summary>
    public const string Malformed =
        """{"version":"https://jsonfeed.org/version/1.1","title":"Farm JSON","items":[{"id":"1","content_text":"Cut of""";

    /// <summary>A page announcing its feeds with alternate links in two attribute orders and quoting styles.</summary>
    public const string HtmlWithAlternates =
        """
        <!DOCTYPE html><html><head><title>Farm home</title>
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
        <LINK href='/atom.xml' TYPE='application/atom+xml' REL='alternate'>
        <link rel=alternate type=application/feed+json href=/feed.json>
        <link rel="alternate" hreflang="fr" href="/fr/">
        </head><body><p>Hello</p></body></html>
        """;

    public const string HtmlWithoutAlternates =
        """<!DOCTYPE html><html><head><title>No links</title></head><body><p>Nothing to see.</p></body></html>""";

    /// <summary>An article page with enough text for a readability extractor to find.</summary>
    public static string ArticlePage(string title, string paragraphText, int paragraphs) =>
        $"""
        <!DOCTYPE html><html><head><title>{title}</title></head><body>
        <nav><a href="/">Home</a> <a href="/about">About</a></nav>
        <article><h1>{title}</h1>{string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>{paragraphText} (paragraph {i})</p>"))}</article>
        <footer>Copyright farm</footer></body></html>
        """;

    /// <summary>A Russian RSS document encoded in windows-1251, written by hand so no code-page provider is needed.</summary>
    public static byte[] Windows1251Rss(string cyrillicTitle)
    {
        var xml = Rss(cyrillicTitle, cyrillicTitle).Replace("utf-8", "windows-1251", StringComparison.Ordinal);
        return xml.Select(ToWindows1251).ToArray();
    }

    /// <summary>A small gzip body that inflates to <paramref name="inflatedBytes"/> zero bytes.</summary>
    public static byte[] GzipBomb(long inflatedBytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                gzip.Write(zeros, 0, (int)Math.Min(zeros.Length, inflatedBytes - written));
            }
        }
        return output.ToArray();
    }

    private static byte ToWindows1251(char c) => c switch
    {
        < '\u0080' => (byte)c,
        >= '\u0410' and <= '\u044F' => (byte)(c - '\u0410' + 0xC0),
        '\u0401' => 0xA8,
        '\u0451' => 0xB8,
        _ => throw new ArgumentException($"feed farm: {c} has no windows-1251 byte here", nameof(c)),
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
