using System.Text.Json.Nodes;
using FeedFunctions.Feeds;
using OpenAI.Chat;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The chat messages and the strict JSON schema of the one completion made per article.</summary>
internal static class LlmPrompt
{
    public const string SchemaName = "article_analysis";

    public static readonly IReadOnlyList<string> TagKinds = ["person", "place", "organization", "keyphrase"];

    private const string Instructions =
        "You summarise news articles for readers of a digest. Use only facts stated in the article: never add " +
        "names, numbers, dates or claims that it does not contain, and keep names and numbers exactly as the " +
        "article writes them. Reply with JSON that matches the given schema.";

    public static IReadOnlyList<ChatMessage> Messages(string? title, IReadOnlyList<string> sentences, int sentenceCount, string? targetLanguage)
    {
        var language = targetLanguage is null
            ? "the article's own language"
            : $"the language whose ISO 639-1 code is \"{targetLanguage}\"";
        var task =
            $"Write in {language}: a headline of at most 15 words; exactly {sentenceCount} summary sentences, " +
            "each stating facts of the article in article order; 3 to 5 bullets with the key points; up to 8 tags " +
            "ranked by importance, each a person, place, organization or keyphrase named as in the article. " +
            "Choose one category, and give the ISO 639-1 code of the language the article is written in.";
        var article = $"Title: {title ?? "(none)"}\n\nArticle:\n{string.Join("\n", sentences)}";
        return [new SystemChatMessage(Instructions), new UserChatMessage($"{task}\n\n{article}")];
    }

    public static ChatResponseFormat ResponseFormat() =>
        ChatResponseFormat.CreateJsonSchemaFormat(
            SchemaName,
            BinaryData.FromString(Schema().ToJsonString()),
            "A summary, key points, tags, category and language of one article.",
            jsonSchemaIsStrict: true);

    // Strict structured outputs require every property to be listed as required and additionalProperties false.
    private static JsonObject Schema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["headline"] = new JsonObject { ["type"] = "string" },
            ["summary"] = StringArray(),
            ["bullets"] = StringArray(),
            ["tags"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["name"] = new JsonObject { ["type"] = "string" },
                        ["kind"] = Enum(TagKinds),
                    },
                    ["required"] = new JsonArray("name", "kind"),
                    ["additionalProperties"] = false,
                },
            },
            ["category"] = Enum(Categories.All),
            ["language"] = new JsonObject { ["type"] = "string", ["description"] = "ISO 639-1 code of the article's language" },
        },
        ["required"] = new JsonArray("headline", "summary", "bullets", "tags", "category", "language"),
        ["additionalProperties"] = false,
    };

    private static JsonObject StringArray() => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };

    private static JsonObject Enum(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };
}
