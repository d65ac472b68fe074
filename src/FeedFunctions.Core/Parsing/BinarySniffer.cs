namespace FeedFunctions.Parsing;

/// <summary>Recognises bodies that are not text at all (images, archives, PDF) by their first bytes (their "magic numbers").</summary>
internal static class BinarySniffer
{
    /// <summary>A stable error code and a description of what the body is, or null when it may be text.</summary>
    public static (string Code, string What)? Describe(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ("image", "a PNG image"),
        [0xFF, 0xD8, 0xFF, ..] => ("image", "a JPEG image"),
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => ("image", "a GIF image"),
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ("image", "a WebP image"),
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'a', (byte)'v', (byte)'i', (byte)'f', ..] => ("image", "an AVIF image"),
        [0x00, 0x00, 0x01, 0x00, ..] => ("image", "an icon"),
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => ("binary", "a PDF document"),
        [0x1F, 0x8B, ..] => ("binary", "gzip-compressed data that was not decompressed"),
        [(byte)'P', (byte)'K', 0x03, 0x04, ..] => ("binary", "a ZIP archive"),
        _ => null,
    };
}
