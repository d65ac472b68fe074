using System.Globalization;
using System.Text.Json;
using FeedFunctions.Parsing.Dates;
using FeedFunctions.Parsing.Xml;

namespace FeedFunctions.Parsing.Json;

/// <summary>Reads "RSS in JSON" (scripting.com's direct JSON rendering of an RSS 2.0 channel), which NetNewsWire also reads.</summary>
internal static class RssInJsonReader
{
    /// <summary>Whether the document is an object with an "rss" object holding a "channel".</summary>
    public static bool IsRssInJson(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("rss", out var rss) && rss.ValueKind == JsonValueKind.Object
        && rss.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object;

    public static ParsedFeed Read(JsonElement root, Uri? baseUrl, FeedText text)
    {
        var channel = root.GetProperty("rss").GetProperty("channel");
        var channelLink = XmlBase.Resolve(baseUrl, Str(channel, "link"));
        return new ParsedFeed
        {
            Format = "rss",
            Title = text.Title(Str(channel, "title")),
            Description = text.Html(Str(channel, "description"), baseUrl),
            Link = channelLink,
            Language = Str(channel, "language"),
            Updated = FeedDateParser.Parse(Str(channel, "lastBuildDate")),
            Published = FeedDateParser.Parse(Str(channel, "pubDate")),
            TimeToLiveMinutes = int.TryParse(Str(channel, "ttl"), NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) ? ttl : null,
            Items = [.. Many(channel, "item").Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Item(i, baseUrl, text))],
        };
    }

    private static ParsedItem Item(JsonElement item, Uri? baseUrl, FeedText text)
    {
        var guid = Str(item, "guid");
        var link = Str(item, "link") ?? (guid is not null && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid : null);
        return new ParsedItem
        {
            Title = text.Title(Str(item, "title")),
            Link = XmlBase.Resolve(baseUrl, link),
            Guid = guid,
            Published = FeedDateParser.Parse(Str(item, "pubDate")),
            Description = text.Html(Str(item, "description"), baseUrl),
            Authors = PersonText.Parse(Str(item, "author")) is { } author ? [author] : [],
            Categories = [.. Many(item, "category").Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()?.Trim() : Str(c, "#value") ?? Str(c, "text"))
                .Where(XmlNav.NotEmpty).Select(c => c!)],
            Enclosures = [.. Many(item, "enclosure").Select(e => new ParsedEnclosure(XmlBase.Resolve(baseUrl, Str(e, "url")), Str(e, "type"), Str(e, "length")))
                .Where(e => e.Url is not null)],
        };
    }

    // A single child is written as an object, several as an array.
    private static IEnumerable<JsonElement> Many(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value)) return [];
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
    }

    private static string? Str(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()?.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
