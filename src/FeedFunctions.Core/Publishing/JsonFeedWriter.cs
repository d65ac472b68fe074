using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FeedFunctions.Storage;

namespace FeedFunctions.Publishing;

/// <summary>Writes a <see cref="FeedDocument"/> as JSON Feed 1.1, each item carrying its summary and its tags.</summary>
public static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static string Write(FeedDocument feed)
    {
        using var buffer = new MemoryStream();
        // The default encoder escapes HTML-sensitive characters too, so the feed is safe to embed anywhere.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("description", feed.Description);
            json.WriteString("home_page_url", feed.HomeUrl.AbsoluteUri);
            json.WriteString("feed_url", feed.SelfUrl.AbsoluteUri);
            json.WriteStartArray("items");
            foreach (var item in feed.UniqueItems) WriteItem(json, feed, item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter json, FeedDocument feed, ArticleListItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", FeedDocument.IdOf(item));
        json.WriteString("url", feed.LinkOf(item).AbsoluteUri);
        json.WriteString("title", item.Title);
        json.WriteString("summary", item.Analysis.Headline);
        json.WriteString("content_text", feed.DescriptionOf(item));
        json.WriteString("date_published", FeedDates.Rfc3339(item.Published));
        if (item.Analysis.Language is { Length: > 0 } language) json.WriteString("language", language);
        if (item.FeedTitle is { Length: > 0 } source)
        {
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", source);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartArray("tags");
        json.WriteStringValue(item.Analysis.Category);
        foreach (var tag in item.Analysis.Tags.Select(t => t.Name).Distinct()) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
