using System.Text.Json;
using FeedFunctions.Parsing.Dates;
using FeedFunctions.Parsing.Xml;

namespace FeedFunctions.Parsing.Json;

/// <summary>Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) with System.Text.Json into the normalised feed.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The feed in <paramref name="json"/>; throws <see cref="FeedParseException"/> when it is not a JSON Feed.</summary>
    public static ParsedFeed Read(string json, Uri? baseUrl, FeedText text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new FeedParseException("malformed", $"json: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); it may have been cut off", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (RssInJsonReader.IsRssInJson(root)) return RssInJsonReader.Read(root, baseUrl, text);
            var version = Str(root, "version");
            var hasItems = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var itemsValue) && itemsValue.ValueKind == JsonValueKind.Array;
            if (root.ValueKind != JsonValueKind.Object || (!hasItems && version?.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) != true))
            {
                throw new FeedParseException("json-not-feed", "feed: this is a JSON document but not a JSON Feed (no \"version\" naming jsonfeed.org and no \"items\" list)");
            }
            var feedUrl = XmlBase.Resolve(baseUrl, Str(root, "feed_url"));
            var documentBase = baseUrl ?? (Uri.TryCreate(feedUrl, UriKind.Absolute, out var f) ? f : null);
            var feedAuthors = Authors(root);
            var items = hasItems ? root.GetProperty("items").EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object)
                .Select(i => Item(i, documentBase, feedAuthors, text)).ToList() : [];
            var first = hasItems ? root.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.ValueKind == JsonValueKind.Object) : default;
            return new ParsedFeed
            {
                Format = "json",
                Title = text.Title(Str(root, "title")),
                Description = text.Html(Str(root, "description"), documentBase),
                Link = XmlBase.Resolve(documentBase, Str(root, "home_page_url")),
                Language = Str(root, "language"),
                // JSON Feed has no feed-level dates; like gofeed, take the first item's.
                Updated = FeedDateParser.Parse(Str(first, "date_modified")),
                Published = FeedDateParser.Parse(Str(first, "date_published")),
                Items = items,
            };
        }
    }

    private static ParsedItem Item(JsonElement item, Uri? baseUrl, IReadOnlyList<ParsedPerson> feedAuthors, FeedText text)
    {
        var authors = Authors(item);
        return new ParsedItem
        {
            Title = text.Title(Str(item, "title")),
            Link = XmlBase.Resolve(baseUrl, Str(item, "url") ?? Str(item, "external_url")),
            Guid = Str(item, "id"),
            Published = FeedDateParser.Parse(Str(item, "date_published")),
            Updated = FeedDateParser.Parse(Str(item, "date_modified")),
            Description = text.Html(Str(item, "summary"), baseUrl),
            Content = text.Html(Str(item, "content_html") ?? FeedText.TextAsHtml(Str(item, "content_text")), baseUrl),
            Authors = authors.Count > 0 ? authors : feedAuthors,
            Categories = [.. Array(item, "tags").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString()?.Trim() : null)
                .Where(XmlNav.NotEmpty).Select(t => t!).Distinct(StringComparer.Ordinal)],
            Enclosures = [.. Array(item, "attachments")
                .Select(a => new ParsedEnclosure(XmlBase.Resolve(baseUrl, Str(a, "url")), Str(a, "mime_type"), Str(a, "size_in_bytes")))
                .Where(a => a.Url is not null)],
        };
    }

    // JSON Feed 1.1 has "authors"; 1.0 had a single "author".
    private static IReadOnlyList<ParsedPerson> Authors(JsonElement parent)
    {
        var list = Array(parent, "authors").ToList();
        if (list.Count == 0 && parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty("author", out var single)) list.Add(single);
        return [.. list.Select(a => Str(a, "name")).Where(XmlNav.NotEmpty).Select(n => new ParsedPerson(n))];
    }

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    // Strings, and numbers where feeds write them instead (ids, sizes).
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
