using System.Text.Json;

namespace FeedFunctions.Evaluation;

/// <summary>Reads the JSON-lines evaluation data sets described in the shared eval README.</summary>
public static class EvalDataReader
{
    /// <summary>The first <paramref name="limit"/> (all when null) articles of a summarization file.</summary>
    public static async Task<IReadOnlyList<SummarizationItem>> ReadSummarizationAsync(string path, int? limit, CancellationToken cancellationToken)
    {
        var items = new List<SummarizationItem>();
        await foreach (var row in ReadRowsAsync(path, limit, cancellationToken))
        {
            items.Add(new SummarizationItem(
                Text(row, "id"), Text(row, "category"), Text(row, "title"), Text(row, "text"), Text(row, "reference")));
        }
        return items;
    }

    /// <summary>The first <paramref name="limit"/> (all when null) documents of a keyphrase file.</summary>
    public static async Task<IReadOnlyList<KeyphraseItem>> ReadKeyphrasesAsync(string path, int? limit, CancellationToken cancellationToken)
    {
        var items = new List<KeyphraseItem>();
        await foreach (var row in ReadRowsAsync(path, limit, cancellationToken))
        {
            var phrases = row.TryGetProperty("keyphrases", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(p => p.GetString() ?? "").ToList()
                : [];
            var titleOnly = row.TryGetProperty("title_only", out var flag) && flag.ValueKind == JsonValueKind.True;
            items.Add(new KeyphraseItem(Text(row, "id"), Text(row, "text"), phrases, titleOnly, Text(row, "category")));
        }
        return items;
    }

    private static async IAsyncEnumerable<JsonElement> ReadRowsAsync(
        string path, int? limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new FileNotFoundException("eval: data file not found: " + path, path);
        var count = 0;
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (limit is { } max && count >= max) yield break;
            JsonElement row;
            try
            {
                row = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"eval: {path} line {lineNumber} is not JSON: {e.Message}", e);
            }
            count++;
            yield return row;
        }
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
