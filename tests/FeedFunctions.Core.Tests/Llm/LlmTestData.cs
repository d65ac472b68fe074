using System.Text.Json.Nodes;
using FeedFunctions.Summaries;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>The shared example article and model replies about it.</summary>
internal static class LlmTestData
{
    private static readonly Lazy<AnalysisRequest> Example = new(() =>
    {
        var lines = File.ReadAllText(Path.Combine(RepoPaths.Shared, "examples", "article-dprk-trilateral-talks.txt"));
        var newline = lines.IndexOf('\n');
        return new AnalysisRequest(lines[..newline].Trim(), lines[(newline + 1)..].Trim());
    });

    public static AnalysisRequest Article => Example.Value;

    public const string MeetingSentence =
        "High level officials from China and the DPRK will meet in Moscow in an historic trilateral meeting next week.";

    public static readonly string[] GroundedSummary =
    [
        MeetingSentence,
        "China accounts for 90% of the DPRK's comparatively modest international trade.",
        "Russia and China have quietly played a crucial role in the peace process.",
    ];

    public static string Reply(
        IEnumerable<string>? summary = null,
        string headline = "Moscow to host trilateral talks between the DPRK, China and Russia",
        string language = "en",
        string category = "politics")
    {
        var reply = new JsonObject
        {
            ["headline"] = headline,
            ["summary"] = new JsonArray((summary ?? GroundedSummary).Select(s => (JsonNode)s).ToArray()),
            ["bullets"] = new JsonArray(
                "China and Russia have proposed a double-freeze.",
                "Kim Jong-un sees the future of his country in artificial intelligence."),
            ["tags"] = new JsonArray(
                Tag("Kim Jong-un", "person"), Tag("Moscow", "place"), Tag("DPRK", "place"),
                Tag("UN Security Council", "organization"), Tag("peace process", "keyphrase"), Tag("moscow", "place")),
            ["category"] = category,
            ["language"] = language,
        };
        return reply.ToJsonString();
    }

    private static JsonObject Tag(string name, string kind) => new() { ["name"] = name, ["kind"] = kind };
}
