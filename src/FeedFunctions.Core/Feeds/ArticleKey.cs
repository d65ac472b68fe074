using System.Diagnostics.CodeAnalysis;

namespace FeedFunctions.Feeds;

/// <summary>Identifies an article: its feed and its id within the feed.</summary>
public sealed record ArticleKey(string FeedId, string ArticleId)
{
    /// <summary>The public id used in URLs: "feedId-articleId", both lowercase hex.</summary>
    public override string ToString() => $"{FeedId}-{ArticleId}";

    /// <summary>Parses the public id; false for anything that is not two hex parts.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ArticleKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(value) || value.Length > 200) return false;
        var dash = value.IndexOf('-');
        if (dash <= 0 || dash == value.Length - 1) return false;
        var feed = value[..dash];
        var article = value[(dash + 1)..];
        if (!IsHex(feed) || !IsHex(article)) return false;
        key = new ArticleKey(feed, article);
        return true;
    }

    private static bool IsHex(string s) => s.All(char.IsAsciiHexDigitLower);
}
