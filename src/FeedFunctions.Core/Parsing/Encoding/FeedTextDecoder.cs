using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace FeedFunctions.Parsing.Encoding;

/// <summary>Turns the bytes of a feed into text, choosing the character encoding as XML media types prescribe.</summary>
/// <remarks>
/// Order (RFC 7303 section 3, which refines RFC 3023): a byte-order mark wins, then the HTTP charset parameter, then
/// the XML declaration, then UTF-8. Real feeds often lie in the charset parameter and the declaration, so, like
/// Miniflux and browsers: a declared single-byte charset over bytes that are valid multi-byte UTF-8 yields UTF-8,
/// a declared or defaulted UTF-8 over bytes that are not valid UTF-8 yields Windows-1252, and ISO-8859-1 is read as
/// its superset Windows-1252 (WHATWG Encoding).
/// </remarks>
internal static partial class FeedTextDecoder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The decoded text and the name of the encoding chosen.</summary>
    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> content, string? contentType)
    {
        var (encoding, bomLength) = Choose(content, contentType);
        return (encoding.GetString(content[bomLength..]), encoding.WebName);
    }

    /// <summary>The encoding to read <paramref name="content"/> with, and the length of its byte-order mark (to skip).</summary>
    public static (System.Text.Encoding Encoding, int BomLength) Choose(ReadOnlySpan<byte> content, string? contentType)
    {
        var (bomEncoding, bomLength) = DetectBom(content);
        if (bomEncoding is not null) return (bomEncoding, bomLength);

        var declared = Resolve(CharsetFromContentType(contentType)) ?? Resolve(CharsetFromDeclaration(content));
        declared ??= DetectUtf16WithoutBom(content);
        var encoding = declared ?? Utf8NoBom;
        if (encoding.CodePage == Utf8NoBom.CodePage)
        {
            encoding = Utf8.IsValid(content) ? Utf8NoBom : Windows1252();
        }
        else if (encoding.IsSingleByte && HasMultiByteUtf8(content))
        {
            encoding = Utf8NoBom;
        }
        return (encoding, 0);
    }

    /// <summary>Whether markup characters are single ASCII bytes that never occur inside another character in this encoding (UTF-8, ASCII-based single-byte code pages), so markup can be found in the bytes.</summary>
    public static bool IsAsciiTransparent(System.Text.Encoding encoding) =>
        encoding.CodePage == Utf8NoBom.CodePage || (encoding.IsSingleByte && encoding.GetBytes("<![CDATA[]]>").AsSpan().SequenceEqual("<![CDATA[]]>"u8));

    /// <summary>The charset parameter of a Content-Type header, if any.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = CharsetParameter().Match(contentType);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    private static string? CharsetFromDeclaration(ReadOnlySpan<byte> content)
    {
        // The declaration is ASCII in every ASCII-compatible encoding; look only at the start of the document.
        var head = System.Text.Encoding.Latin1.GetString(content[..Math.Min(content.Length, 1024)]);
        var m = XmlDeclarationEncoding().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    private static System.Text.Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var normalized = name.Trim().Trim('"', '\'').ToLowerInvariant();
        normalized = normalized switch
        {
            "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8" => "utf-8",
            // WHATWG Encoding labels that .NET does not know under that name.
            "ms932" or "windows-31j" => "shift_jis",
            "windows-949" => "ks_c_5601-1987",
            "gb_2312" or "x-gbk" => "gbk",
            "koi8_r" => "koi8-r",
            "866" or "csibm866" => "cp866",
            "mac" or "x-mac-roman" or "csmacintosh" => "macintosh",
            "iso8859-11" or "iso885911" or "tis620" => "windows-874",
            "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
            _ when normalized.StartsWith("iso8859-", StringComparison.Ordinal) => "iso-8859-" + normalized["iso8859-".Length..],
            _ when normalized.StartsWith("iso8859_", StringComparison.Ordinal) => "iso-8859-" + normalized["iso8859_".Length..],
            _ when normalized.StartsWith("iso8859", StringComparison.Ordinal) && normalized.Length > 7 && char.IsAsciiDigit(normalized[7]) => "iso-8859-" + normalized["iso8859".Length..],
            _ => normalized,
        };
        if (normalized == "iso-8859-1") normalized = "windows-1252";
        try
        {
            var encoding = CodePageAlias(normalized) ?? System.Text.Encoding.GetEncoding(normalized);
            // A UTF-16 or UTF-32 label on bytes without a BOM that read as ASCII is a mislabel; UTF-8 is the safe reading.
            return encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Windows code pages as feeds name them: "cp1251", "win-1251", "x-cp1252", "windows1250", "cp932".
    private static System.Text.Encoding? CodePageAlias(string name)
    {
        var m = CodePageName().Match(name);
        return m.Success && int.TryParse(m.Groups["cp"].Value, System.Globalization.CultureInfo.InvariantCulture, out var codePage)
            && codePage is (>= 1250 and <= 1258) or 874 or 932 or 936 or 949 or 950
            ? System.Text.Encoding.GetEncoding(codePage)
            : null;
    }

    private static (System.Text.Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Utf8NoBom, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
        _ => (null, 0),
    };

    // XML 1.0 appendix F: "<?" in UTF-16 without a byte-order mark.
    private static System.Text.Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> content) => content switch
    {
        [0x3C, 0x00, 0x3F, 0x00, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        [0x00, 0x3C, 0x00, 0x3F, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        _ => null,
    };

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> content) =>
        content.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && Utf8.IsValid(content);

    private static System.Text.Encoding Windows1252() => System.Text.Encoding.GetEncoding(1252);

    [GeneratedRegex(@"^(?:x-)?(?:cp|win|windows)[-_]?(?<cp>[0-9]{3,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePageName();

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<cs>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"^[^<]{0,64}<\?xml[^>]*?encoding\s*=\s*[""'](?<cs>[A-Za-z0-9._:\-]+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();
}
