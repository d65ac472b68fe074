using System.Text.Json;

namespace FeedFunctions.Scale;

/// <summary>Real news articles for the farm's items: the BBC articles of ../shared/eval (title and text), not filler.</summary>
public sealed class ScaleCorpus
{
    private ScaleCorpus(IReadOnlyList<(string Title, string Text)> articles) => Articles = articles;

    public IReadOnlyList<(string Title, string Text)> Articles { get; }

    public static ScaleCorpus Load(string evalFolder)
    {
        var path = Path.Combine(evalFolder, "summarization", "bbc-news-summary.jsonl");
        if (!File.Exists(path)) throw new FileNotFoundException($"scale: the article texts are read from {path}, beside the repository (../shared/eval)", path);
        var articles = new List<(string, string)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var title = json.RootElement.GetProperty("title").GetString();
            var text = json.RootElement.GetProperty("text").GetString();
            if (!string.IsNullOrWhiteSpace(title) && !string.IsNullOrWhiteSpace(text)) articles.Add((title.Trim(), text.Trim()));
        }
        return new ScaleCorpus(articles);
    }

    /// <summary>The article for item <paramref name="item"/> of feed <paramref name="feed"/>: feeds walk the corpus at different offsets.</summary>
    public (string Title, string Text) For(int feed, int item, int itemsPerFeed) => Articles[((feed * itemsPerFeed) + item) % Articles.Count];
}
