using System.Buffers.Text;
using System.Text;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Where a list page ended: the month and the last row key returned (empty: the month from its start), as an opaque URL-safe string.</summary>
internal sealed record ArticleListToken(string Month, string AfterRow)
{
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Month + "|" + AfterRow));

    /// <summary>Null for no token; throws <see cref="FormatException"/> for a token this store did not write.</summary>
    public static ArticleListToken? Parse(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException e)
        {
            throw new FormatException("storage: the continuation token is not one this service issued", e);
        }
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        string[] parts = bar < 0 ? [text] : [text[..bar], text[(bar + 1)..]];
        if (parts.Length != 2 || !ArticleIndex.IsMonth(parts[0]) || parts[1].Length > 400)
        {
            throw new FormatException("storage: the continuation token is not one this service issued");
        }
        return new ArticleListToken(parts[0], parts[1]);
    }
}
