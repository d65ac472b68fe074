namespace FeedFunctions.Api;

/// <summary>Reads request bodies with a size cap, whatever the host, so an oversized body is refused before it is buffered.</summary>
public static class ApiBody
{
    /// <summary>The largest body any route accepts: a long article fits with room to spare.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/> (declared or actual).</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? contentLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (contentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>True for a JSON media type (application/json or any +json), charset or not.</summary>
    public static bool IsJson(string? contentType) =>
        contentType?.Split(';')[0].Trim() is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
