using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using FeedFunctions.Digest;
using Microsoft.Extensions.Configuration;

namespace FeedFunctions.Api;

/// <summary>
/// Signs the continuation tokens the API hands out and checks the ones it gets back, so a forged or truncated token
/// is a 400 before any table is read. A token is base64url(position + HMAC-SHA256 of purpose and position, first 16
/// bytes). The key is derived from Digest:SigningKey; a host without one (the read API alone) uses a random key per
/// process, whose tokens end with the process.
/// </summary>
public sealed class ContinuationTokens
{
    private const int MacBytes = 16;
    private readonly byte[] key;

    // Read from configuration, not IOptions<DigestOptions>: the read API runs without mail settings, whose validation would refuse it.
    public ContinuationTokens(IConfiguration configuration)
        : this(configuration[DigestOptions.Section + ":" + nameof(DigestOptions.SigningKey)])
    {
    }

    private ContinuationTokens(string? secret)
    {
        // A key of its own (HKDF), so a list token can never be replayed as a subscriber token or the other way round.
        key = string.IsNullOrEmpty(secret)
            ? RandomNumberGenerator.GetBytes(32)
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret), 32, info: "feedfunctions continuation tokens"u8.ToArray());
    }

    /// <summary>Tokens signed with a key derived from <paramref name="signingKey"/>, as a host with that Digest:SigningKey signs them.</summary>
    public static ContinuationTokens WithSigningKey(string signingKey) => new(signingKey);

    /// <summary>The token to hand out for <paramref name="position"/> (the store's own token) in the list named by <paramref name="purpose"/>.</summary>
    public string? Sign(string purpose, string? position)
    {
        if (position is null) return null;
        var payload = Encoding.UTF8.GetBytes(position);
        return Base64Url.EncodeToString([.. payload, .. Mac(purpose, payload)]);
    }

    /// <summary>The position a token carries, or null when it is malformed, truncated, forged, for another list or longer than <paramref name="maxLength"/>.</summary>
    public string? Verify(string purpose, string? token, int maxLength = ApiParameters.MaxTokenLength)
    {
        if (string.IsNullOrEmpty(token) || token.Length > maxLength) return null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return null;
        }
        if (bytes.Length <= MacBytes) return null;
        var payload = bytes[..^MacBytes];
        // Constant time, so the time taken says nothing about how much of a forged MAC was right.
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(^MacBytes), Mac(purpose, payload))) return null;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(payload);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private byte[] Mac(string purpose, byte[] payload) =>
        HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes(purpose), 0, .. payload])[..MacBytes];
}
