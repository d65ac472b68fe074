using System.Security.Cryptography;
using System.Text;

namespace FeedFunctions.Feeds;

/// <summary>Derives stable, table-key-safe identifiers from URLs and content.</summary>
public static class StableId
{
    /// <summary>The id of a feed: a hash of its URL, so the same URL always maps to the same row.</summary>
    public static string ForFeed(Uri url) => Hash(Normalize(url));

    /// <summary>A lowercase hex SHA-256 prefix of the text; 16 bytes are plenty against collisions per feed.</summary>
    public static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    // Scheme and host are case-insensitive (RFC 3986 section 6.2.2.1); the fragment never reaches the server.
    private static string Normalize(Uri url) =>
        new UriBuilder(url) { Fragment = string.Empty }.Uri.GetComponents(
            UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped).ToLowerInvariant();
}
