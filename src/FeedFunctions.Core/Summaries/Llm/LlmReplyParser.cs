using System.Text.Json;
using FeedFunctions.Feeds;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Reads the model's JSON content; a model that ignores the strict schema (some local servers do) is caught here.</summary>
internal static class LlmReplyParser
{
    public const string Malformed = "malformed";
    public const string SchemaViolation = "schema";

    /// <summary>The reply, or null with <paramref name="reason"/> (malformed or schema) and <paramref name="problem"/> saying what is wrong.</summary>
    public static LlmReply? Parse(string content, out string? reason, out string? problem)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var reply = Read(document.RootElement, out problem);
            reason = reply is null ? SchemaViolation : null;
            return reply;
        }
        catch (JsonException e)
        {
            reason = Malformed;
            problem = $"llm: reply is not JSON ({e.Message})";
            return null;
        }
    }

    private static LlmReply? Read(JsonElement root, out string? problem)
    {
        problem = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "llm: reply is not a JSON object";
            return null;
        }
        var headline = String(root, "headline");
        var summary = Strings(root, "summary");
        var bullets = Strings(root, "bullets");
        var tags = Tags(root);
        var category = String(root, "category");
        var language = String(root, "language");

        problem = (headline, summary, bullets, tags, category, language) switch
        {
            (null or "", _, _, _, _, _) => "llm: reply has no headline",
            (_, null or [], _, _, _, _) => "llm: reply has no summary sentences",
            (_, _, null, _, _, _) => "llm: reply has no bullets array",
            (_, _, _, null, _, _) => "llm: reply has tags that are not {name, kind} with a known kind",
            (_, _, _, _, null, _) or (_, _, _, _, _, null) => "llm: reply lacks category or language",
            _ when !Categories.IsKnown(category) => $"llm: reply has unknown category '{category}'",
            _ => null,
        };
        return problem is null ? new LlmReply(headline!, summary!, bullets!, tags!, category!, language!) : null;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;

    private static List<string>? Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var items = value.EnumerateArray().ToList();
        return items.All(i => i.ValueKind == JsonValueKind.String)
            ? items.Select(i => i.GetString()!.Trim()).Where(s => s.Length > 0).ToList()
            : null;
    }

    private static List<(string Name, string Kind)>? Tags(JsonElement root)
    {
        if (!root.TryGetProperty("tags", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var tags = new List<(string Name, string Kind)>();
        foreach (var item in value.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.Object ? String(item, "name") : null;
            var kind = item.ValueKind == JsonValueKind.Object ? String(item, "kind") : null;
            if (name is null || kind is null || !LlmPrompt.TagKinds.Contains(kind))
            {
                return null;
            }
            if (name.Length > 0)
            {
                tags.Add((name, kind));
            }
        }
        return tags;
    }
}
