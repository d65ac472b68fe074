using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedFunctions.FullText;

/// <summary>Turns fetched HTML bytes into a string using the charset of the header, the byte-order mark or the meta tag.</summary>
internal static partial class HtmlDecoder
{
    public static string Decode(byte[] body, string? contentType)
    {
        // Precedence per the HTML encoding sniffing algorithm: BOM, then HTTP charset, then <meta> (WHATWG 13.2.3.2).
        var encoding = FromBom(body)
            ?? FromName(CharsetOf(contentType))
            ?? FromName(MetaCharset().Match(Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 1024))) is { Success: true } m ? m.Groups[1].Value : null)
            ?? Encoding.UTF8;
        return encoding.GetString(body).TrimStart('\uFEFF');
    }

    private static Encoding? FromBom(byte[] body) =>
        body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? Encoding.UTF8
        : body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

    private static string? CharsetOf(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"') : null;

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        try
        {
            // Code pages beyond UTF-8/16 and Latin-1 need CodePagesEncodingProvider, registered by the host if wanted.
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
