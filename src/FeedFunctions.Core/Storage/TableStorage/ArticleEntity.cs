using System.Text.Json;
using Azure.Data.Tables;
using FeedFunctions.Feeds;

namespace FeedFunctions.Storage.TableStorage;

/// <summary>Maps an <see cref="Article"/> to and from its Articles table row (partition = feed id, row = article id).</summary>
internal static class ArticleEntity
{
    // A string property holds at most 64 KB (32K UTF-16 chars); longer text goes to blob storage.
    public const int MaxInlineChars = 30_000;
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The row of a stored version; <paramref name="isNew"/> false leaves FirstSeenAt out, so a merge keeps the first one.</summary>
    public static TableEntity From(Article a, bool textInBlob, bool isNew = true)
    {
        var entity = Columns(a, textInBlob);
        if (!isNew) entity.Remove("FirstSeenAt");
        return entity;
    }

    private static TableEntity Columns(Article a, bool textInBlob) => new(a.FeedId, a.Id)
    {
        ["Title"] = a.Title,
        ["Link"] = a.Link?.AbsoluteUri,
        ["Guid"] = a.Guid,
        ["Published"] = a.Published,
        ["PublishedRaw"] = a.PublishedRaw,
        ["Updated"] = a.Updated,
        ["Authors"] = JsonSerializer.Serialize(a.Authors, Json),
        ["Categories"] = JsonSerializer.Serialize(a.Categories, Json),
        ["Html"] = textInBlob ? null : a.Html,
        ["Text"] = textInBlob ? null : a.Text,
        ["TextInBlob"] = textInBlob,
        ["ContentHash"] = a.ContentHash,
        ["FirstSeenAt"] = a.FirstSeenAt,
        ["LastChangedAt"] = a.LastChangedAt,
        ["FeedTitle"] = a.FeedTitle,
    };

    public static bool NeedsBlob(Article a) => (a.Html?.Length ?? 0) + a.Text.Length > MaxInlineChars;

    public static Article ToArticle(TableEntity e, string? html, string? text) => new()
    {
        FeedId = e.PartitionKey,
        Id = e.RowKey,
        Title = e.GetString("Title") ?? "",
        Link = e.GetString("Link") is { Length: > 0 } link ? new Uri(link) : null,
        Guid = e.GetString("Guid"),
        Published = e.GetDateTimeOffset("Published"),
        PublishedRaw = e.GetString("PublishedRaw"),
        Updated = e.GetDateTimeOffset("Updated"),
        Authors = JsonSerializer.Deserialize<string[]>(e.GetString("Authors") ?? "[]", Json) ?? [],
        Categories = JsonSerializer.Deserialize<string[]>(e.GetString("Categories") ?? "[]", Json) ?? [],
        Html = html ?? e.GetString("Html"),
        Text = text ?? e.GetString("Text") ?? "",
        ContentHash = e.GetString("ContentHash") ?? "",
        FirstSeenAt = e.GetDateTimeOffset("FirstSeenAt") ?? DateTimeOffset.MinValue,
        LastChangedAt = e.GetDateTimeOffset("LastChangedAt") ?? DateTimeOffset.MinValue,
        FeedTitle = e.GetString("FeedTitle"),
    };

    public static ArticleAnalysis? AnalysisOf(TableEntity e) =>
        e.GetString("Analysis") is { Length: > 0 } json ? JsonSerializer.Deserialize<ArticleAnalysis>(json, Json) : null;
}
