using System.Text.Json.Nodes;

namespace FeedFunctions.TestSupport.FakeOpenAi;

/// <summary>One chat-completions request as the fake server received it.</summary>
/// <param name="Deployment">The Azure deployment of the route, or null on an OpenAI-compatible route.</param>
public sealed record FakeOpenAiRequest(
    string Path,
    string Query,
    string? Deployment,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The text of every message sent, system and user, joined by new lines.</summary>
    public string MessagesText =>
        string.Join("\n", Body?["messages"]?.AsArray().Select(m => ContentOf(m?["content"])) ?? []);

    // Content is either a string or an array of parts, depending on the client's serializer.
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonArray parts => string.Join("", parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
