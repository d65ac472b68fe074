using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FeedFunctions.Parsing;

/// <summary>Writes a parsed feed as JSON with gofeed's universal field names, so our output compares with gofeed's test expectations.</summary>
public static class ParsedFeedJson
{
    /// <summary>The feed as JSON; empty fields are left out (gofeed: an absent key means empty), dates as written plus RFC 3339 in UTC.</summary>
    public static string Serialize(ParsedFeed feed, bool indented)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            String(json, "title", feed.Title);
            String(json, "description", feed.Description);
            String(json, "link", feed.Link);
            String(json, "language", feed.Language);
            Date(json, "updated", feed.Updated);
            Date(json, "published", feed.Published);
            String(json, "feedType", feed.Format);
            if (feed.TimeToLiveMinutes is { } ttl) json.WriteNumber("ttl", ttl);
            String(json, "notWellFormedReason", feed.NotWellFormedReason);
            json.WriteStartArray("items");
            foreach (var item in feed.Items) Item(json, item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A date's value as Go's RFC 3339 with nanoseconds prints it in UTC (trailing zeros of the fraction dropped).</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static void Item(Utf8JsonWriter json, ParsedItem item)
    {
        json.WriteStartObject();
        String(json, "title", item.Title);
        String(json, "link", item.Link);
        String(json, "guid", item.Guid);
        Date(json, "published", item.Published);
        Date(json, "updated", item.Updated);
        String(json, "description", item.Description);
        String(json, "content", item.Content);
        if (item.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in item.Authors)
            {
                json.WriteStartObject();
                String(json, "name", author.Name);
                String(json, "email", author.Email);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (item.Categories.Count > 0)
        {
            json.WriteStartArray("categories");
            foreach (var category in item.Categories) json.WriteStringValue(category);
            json.WriteEndArray();
        }
        if (item.Enclosures.Count > 0)
        {
            json.WriteStartArray("enclosures");
            foreach (var enclosure in item.Enclosures)
            {
                json.WriteStartObject();
                String(json, "url", enclosure.Url);
                String(json, "type", enclosure.Type);
                String(json, "length", enclosure.Length);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, ParsedDate? date)
    {
        if (date is null) return;
        json.WriteString(name, date.Raw);
        if (date.Value is { } value) json.WriteString(name + "Parsed", FormatDate(value));
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) json.WriteString(name, value);
    }
}
