using System.Buffers.Text;
using System.Text;

namespace FeedFunctions.Api;

/// <summary>
/// Where a page of GET /api/stories ended: the article list's own token, and the stories of several articles shown so far
/// (the latest <see cref="MaxShown"/>), so a story whose articles run on into the next page is not listed again there.
/// Opaque and URL-safe: one byte of count, eight bytes per story id, then the article token.
/// </summary>
public sealed record StoryListToken(string ArticleToken, IReadOnlyList<string> Shown)
{
    /// <summary>How many shown stories a token remembers, the latest kept.</summary>
    public const int MaxShown = 32;

    /// <summary>The longest token this service hands out: the count, the ids and an article token of at most 512 characters, signed (16 bytes more), in base64url.</summary>
    public const int MaxLength = 1100;

    private const int IdBytes = 8;

    public override string ToString()
    {
        var shown = Shown.TakeLast(MaxShown).ToList();
        var bytes = new List<byte> { (byte)shown.Count };
        foreach (var id in shown) bytes.AddRange(Convert.FromHexString(id));
        bytes.AddRange(Encoding.ASCII.GetBytes(ArticleToken));
        return Base64Url.EncodeToString([.. bytes]);
    }

    /// <summary>Null for no token; throws <see cref="FormatException"/> for one this service did not write.</summary>
    public static StoryListToken? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException e)
        {
            throw new FormatException("api: the continuation token is not one this service issued", e);
        }
        var count = bytes.Length > 0 ? bytes[0] : -1;
        var rest = 1 + (count * IdBytes);
        if (count is < 0 or > MaxShown || bytes.Length <= rest) throw new FormatException("api: the continuation token is not one this service issued");
        var shown = Enumerable.Range(0, count).Select(i => Convert.ToHexStringLower(bytes, 1 + (i * IdBytes), IdBytes)).ToList();
        var articleToken = Encoding.ASCII.GetString(bytes, rest, bytes.Length - rest);
        if (!ApiParameters.IsToken(articleToken)) throw new FormatException("api: the continuation token is not one this service issued");
        return new StoryListToken(articleToken, shown);
    }
}
