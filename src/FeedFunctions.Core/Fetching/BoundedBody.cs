using System.Buffers;
using System.Net.Http;

namespace FeedFunctions.Fetching;

/// <summary>Reads a response body while counting the decompressed bytes, so a compression bomb stops at the limit.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or null as soon as it grows past <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// With a Content-Length (the handler drops it when it decompresses) the body is read straight into one array of that
    /// size: no growing buffer and no final copy, so a body costs its size once instead of up to three times.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        // Content-Length is the size on the wire; a body already larger than the limit there is larger still decompressed.
        var length = content.Headers.ContentLength;
        if (length > maxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return length is { } exact ? await ReadExactAsync(stream, (int)exact, cancellationToken) : await ReadUnknownAsync(stream, maxBytes, cancellationToken);
    }

    private static async Task<byte[]> ReadExactAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        // A body shorter than its Content-Length ends the connection early, which HttpClient reports as an IOException.
        await stream.ReadExactlyAsync(body, cancellationToken);
        return body;
    }

    private static async Task<byte[]?> ReadUnknownAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
