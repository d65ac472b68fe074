using System.Globalization;
using System.Text.Json;

namespace FeedFunctions.Evaluation;

/// <summary>Reads the story-clustering data set (JSON lines {id, title, publisher, category, story, published}).</summary>
public static class StoryEvalReader
{
    /// <summary>The first <paramref name="limit"/> (all when null) headlines; throws <see cref="InvalidDataException"/> naming the line when one lacks its gold story, title or time.</summary>
    public static async Task<IReadOnlyList<StoryItem>> ReadAsync(string path, int? limit, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("eval stories: data file not found: " + path, path);
        var items = new List<StoryItem>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (limit is { } max && items.Count >= max) break;
            JsonElement row;
            try
            {
                row = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"eval stories: {path} line {lineNumber} is not JSON: {e.Message}", e);
            }
            var story = Text(row, "story");
            if (story.Length == 0)
            {
                throw new InvalidDataException(
                    $"eval stories: {path} line {lineNumber} has no gold \"story\" field; scoring needs every headline's story id");
            }
            var title = Text(row, "title");
            if (title.Length == 0) throw new InvalidDataException($"eval stories: {path} line {lineNumber} has no \"title\"");
            if (!DateTimeOffset.TryParse(Text(row, "published"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var published))
            {
                throw new InvalidDataException($"eval stories: {path} line {lineNumber} has no readable \"published\" time");
            }
            var id = Text(row, "id");
            items.Add(new StoryItem(id.Length > 0 ? id : lineNumber.ToString(CultureInfo.InvariantCulture), title, Text(row, "publisher"), Text(row, "category"), story, published));
        }
        return items;
    }

    private static string Text(JsonElement row, string name) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()?.Trim() ?? ""
            : "";
}
