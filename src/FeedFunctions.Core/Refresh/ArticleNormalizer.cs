using FeedFunctions.Feeds;
using FeedFunctions.Parsing;
using FeedFunctions.Sanitizing;

namespace FeedFunctions.Refresh;

/// <summary>Turns a parsed feed item into an <see cref="Article"/> with a stable id: from the guid, else the link, else a content hash.</summary>
public static class ArticleNormalizer
{
    private const int MaxTitleLength = 300;

    /// <summary>The article for <paramref name="item"/>, or null when the item has neither a title, a link nor any text.</summary>
    public static Article? Normalize(ParsedItem item, Feed feed, DateTimeOffset now)
    {
        var html = item.Content is { Length: > 0 } content ? content : item.Description;
        var text = HtmlText.ToPlainText(html);
        var link = AbsoluteHttpUrl(item.Link, feed.Url);
        var guid = item.Guid?.Trim() is { Length: > 0 } g ? g : null;
        var title = Clean(item.Title) ?? FirstWords(text) ?? link?.AbsoluteUri;
        if (title is null) return null;

        var id = guid is not null ? StableId.Hash("guid:" + guid)
            : link is not null ? StableId.Hash("link:" + link.AbsoluteUri)
            : StableId.Hash("content:" + title + "\n" + text);
        var published = item.Published ?? item.Updated;
        return new Article
        {
            FeedId = feed.Id,
            Id = id,
            Title = title,
            Link = link,
            Guid = guid,
            Published = published?.Value,
            PublishedRaw = published is { IsValid: false } ? published.Raw : null,
            Updated = item.Updated?.Value,
            Authors = [.. item.Authors.Select(a => a.Name ?? a.Email).OfType<string>().Where(n => n.Length > 0).Distinct()],
            Categories = [.. item.Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct()],
            Html = html,
            Text = text,
            ContentHash = StableId.Hash(title + "\n" + text),
            FirstSeenAt = now,
            LastChangedAt = now,
            FeedTitle = feed.Title,
        };
    }

    private static Uri? AbsoluteHttpUrl(string? link, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(feedUrl, link.Trim(), out var url)) return null;
        return url.Scheme is "http" or "https" ? url : null;
    }

    private static string? Clean(string? title)
    {
        var t = string.Join(' ', (title ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length == 0 ? null : t.Length <= MaxTitleLength ? t : t[..MaxTitleLength];
    }

    private static string? FirstWords(string text) =>
        Clean(string.Join(' ', text.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries).Take(12)));
}
