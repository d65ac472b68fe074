using FeedFunctions.Parsing.Encoding;

namespace FeedFunctions.Parsing;

/// <summary>The body of a fetched document with its encoding chosen once; decoded in full only when a step needs the whole text.</summary>
/// <remarks>The XML reader decodes as it reads (<see cref="OpenReader"/>), so a well-formed feed is never copied into one large string.</remarks>
internal sealed class FeedBody(byte[] content, string? contentType)
{
    private readonly (System.Text.Encoding Encoding, int BomLength) chosen = FeedTextDecoder.Choose(content, contentType);
    private string? text;

    /// <summary>The body after its byte-order mark.</summary>
    public ReadOnlySpan<byte> Bytes => content.AsSpan(chosen.BomLength);

    /// <summary>Whether markup can be searched for in <see cref="Bytes"/> (UTF-8 and ASCII-based single-byte encodings).</summary>
    public bool MarkupIsAscii => FeedTextDecoder.IsAsciiTransparent(chosen.Encoding);

    /// <summary>The whole body as text.</summary>
    public string Text => text ??= chosen.Encoding.GetString(Bytes);

    /// <summary>The start of the body as text, enough to tell what the document is.</summary>
    public string Head(int byteCount) => text ?? chosen.Encoding.GetString(Bytes[..Math.Min(byteCount, Bytes.Length)]);

    /// <summary>Whether <see cref="Head"/> of <paramref name="byteCount"/> bytes is the whole body.</summary>
    public bool FitsIn(int byteCount) => Bytes.Length <= byteCount;

    /// <summary>A reader that decodes the body as it goes.</summary>
    public TextReader OpenReader() => text is not null
        ? new StringReader(text)
        : new StreamReader(new MemoryStream(content, chosen.BomLength, content.Length - chosen.BomLength, writable: false), chosen.Encoding, detectEncodingFromByteOrderMarks: false);
}
