using System.Buffers;
using System.Net.Http;

namespace FeedFunctions.Fetching;

/// <summary>Reads a response body while counting the decompressed bytes, so a compression bomb stops at the limit.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or null as soon as it grows past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        // Content-Length is the size on the wire; a body already larger than the limit there is larger still decompressed.
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
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
