using System.Text.Json;
using System.Text.Json.Nodes;
using FeedFunctions.Parsing;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Parsing;

/// <summary>Runs gofeed's translator and extension cases through our parser and compares each universal field.</summary>
internal static class GofeedConformance
{
    public static readonly string[] FeedFields = ["title", "description", "link", "language", "updated", "published"];

    public static readonly string[] ItemFields =
        ["title", "link", "guid", "published", "updated", "description", "content", "authors", "categories", "enclosures"];

    private static readonly Lazy<ConformanceResult> Cached = new(Run);

    public static ConformanceResult Result => Cached.Value;

    public static string GofeedRoot => Path.Combine(RepoPaths.Eval, "feeds", "gofeed");

    /// <summary>Every translator and extensions pair of pairs.jsonl, as (input, expected) paths.</summary>
    public static IReadOnlyList<(string Name, string Input, string Expected)> Cases() =>
        [.. File.ReadLines(Path.Combine(GofeedRoot, "pairs.jsonl"))
            .Select(line => JsonNode.Parse(line)!)
            .Where(p => (string)p["group"]! is var g && (g.StartsWith("translator/", StringComparison.Ordinal) || g.StartsWith("extensions/", StringComparison.Ordinal)))
            .Select(p => ((string)p["input"]!, Path.Combine(GofeedRoot, (string)p["input"]!), Path.Combine(GofeedRoot, (string)p["expected"]!)))];

    private static ConformanceResult Run()
    {
        var parser = new FeedParser();
        var text = new FeedText(new FeedFunctions.Sanitizing.HtmlCleaner());
        var result = new ConformanceResult();
        foreach (var (name, input, expectedPath) in Cases())
        {
            var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsObject();
            JsonObject actual;
            try
            {
                actual = JsonNode.Parse(ParsedFeedJson.Serialize(parser.Parse(File.ReadAllBytes(input), null, null), indented: false))!.AsObject();
            }
            catch (FeedParseException e)
            {
                result.Errors.Add((name, e.Code + ": " + e.Message));
                actual = [];
            }
            foreach (var field in FeedFields) result.Record("feed." + field, name, FeedValue(expected, field, text), FeedValue(actual, field, null));
            var expectedItems = expected["items"]?.AsArray() ?? [];
            var actualItems = actual["items"]?.AsArray() ?? [];
            result.Record("feed.itemCount", name, expectedItems.Count.ToString(), actualItems.Count.ToString());
            for (var i = 0; i < Math.Max(expectedItems.Count, actualItems.Count); i++)
            {
                var e = i < expectedItems.Count ? expectedItems[i]!.AsObject() : [];
                var a = i < actualItems.Count ? actualItems[i]!.AsObject() : [];
                foreach (var field in ItemFields) result.Record("item." + field, $"{name} [item {i}]", ItemValue(e, field, text), ItemValue(a, field, null));
            }
        }
        return result;
    }

    // The expectation is normalised with `text`; our own output (text null) is compared as it is.
    private static string FeedValue(JsonObject feed, string field, FeedText? text) => field switch
    {
        "updated" or "published" => DateValue(feed, field),
        _ => Normalize(field, Str(feed, field), text),
    };

    private static string ItemValue(JsonObject item, string field, FeedText? text) => field switch
    {
        "updated" or "published" => DateValue(item, field),
        "authors" => string.Join(" | ", (item["authors"]?.AsArray() ?? []).Select(a => $"{Str(a!.AsObject(), "name")} <{Str(a.AsObject(), "email")}>")),
        "categories" => string.Join(" | ", (item["categories"]?.AsArray() ?? []).Select(c => (string?)c)),
        "enclosures" => string.Join(" | ", (item["enclosures"]?.AsArray() ?? []).Select(e => $"{Str(e!.AsObject(), "url")} {Str(e.AsObject(), "type")} {Str(e.AsObject(), "length")}")),
        _ => Normalize(field, Str(item, field), text),
    };

    // We promise sanitized HTML and plain-text titles; the expectation goes through the same normalisation, so a
    // difference in HTML serialization ("&" vs "&amp;") is not counted, while any difference in content is.
    private static string Normalize(string field, string value, FeedText? text) => text is null ? value : field switch
    {
        "description" or "content" => text.Html(value, null) ?? "",
        "title" => text.Title(value) ?? "",
        _ => value,
    };

    private static string DateValue(JsonObject node, string field) =>
        Str(node, field).Length == 0 ? "" : $"{Str(node, field)} => {Str(node, field + "Parsed")}";

    private static string Str(JsonObject node, string name) =>
        node[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "";
}
