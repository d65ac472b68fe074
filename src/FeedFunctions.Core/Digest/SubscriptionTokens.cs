using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>Signs and checks the opaque, expiring tokens in confirmation, unsubscribe and preference links.</summary>
public sealed class SubscriptionTokens(IOptions<DigestOptions> options, TimeProvider clock)
{
    private const int MaxTokenLength = 512;

    /// <summary>A token for <paramref name="subscriberId"/> (or another subject without dots) and <paramref name="purpose"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Create(string subscriberId, TokenPurpose purpose, TimeSpan lifetime)
    {
        var expires = (clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Join('.', subscriberId, purpose.ToString(), expires.ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
    }

    /// <summary>The subscriber id the token was signed for, or null when it is malformed, forged, expired or for another purpose.</summary>
    public string? Validate(string? token, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0 || dot == token.Length - 1) return null;
        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }
        // Constant-time comparison, so the time taken reveals nothing about how much of a forged signature was right.
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload))) return null;

        var parts = Encoding.UTF8.GetString(payload).Split('.');
        if (parts.Length != 3 || parts[1] != purpose.ToString()) return null;
        if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return null;
        return clock.GetUtcNow().ToUnixTimeSeconds() < expires ? parts[0] : null;
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey), payload);
}
