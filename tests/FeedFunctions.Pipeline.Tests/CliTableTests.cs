using FeedFunctions.Feeds;
using FeedFunctions.Host.Cli;
using Spectre.Console;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>`feeds list` on an 80-column terminal: nothing wider, and no id or date split across lines.</summary>
public sealed class CliTableTests
{
    [Fact]
    public void FeedsTable_At80Columns_FitsAndKeepsIdsAndDatesWhole()
    {
        var fetched = new DateTimeOffset(2026, 11, 29, 7, 5, 0, TimeSpan.Zero);
        Feed[] feeds =
        [
            Feed("https://www.example-news-organisation.example/sections/world/rss/full-text-feed.xml?edition=international&format=rss",
                "The Example News Organisation: World, International and Foreign Affairs Coverage", fetched, null, 1234),
            Feed("https://tech.example/feed.atom", null, null, null, 0),
            Feed("https://broken.example/feed", "Broken", fetched.AddHours(-3), "http-500", 7),
        ];

        var output = Render(FeedsTable.Build(feeds), width: 80);
        var lines = output.Split('\n');

        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= 80, $"{line.Length} columns: {line}"));
        foreach (var feed in feeds) Assert.Contains(lines, line => line.Contains(FeedsTable.ShortId(feed.Id), StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("2026-11-29 07:05", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("2026-11-29 04:05", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("2026-11-29 07:20", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("never", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("1234", StringComparison.Ordinal));
        Assert.Contains("http-500", output, StringComparison.Ordinal);
    }

    private static Feed Feed(string url, string? title, DateTimeOffset? fetched, string? error, int articles)
    {
        var uri = new Uri(url);
        return new Feed
        {
            Id = StableId.ForFeed(uri),
            Url = uri,
            Title = title,
            LastFetchedAt = fetched,
            NextFetchAt = fetched?.AddMinutes(15),
            LastErrorCode = error,
            LastError = error is null ? null : "fetch: the server answered 500 Internal Server Error",
            ArticleCount = articles,
        };
    }

    // A console of a fixed width writing to a string, as an 80-column terminal would show it (Spectre's TestConsole is not a package here).
    private static string Render(Spectre.Console.Rendering.IRenderable renderable, int width)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString();
    }
}
