using FeedFunctions.Stories;
using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>What `run --once` prints after its table: the stories of the listed articles that several feeds carried, each with its sources.</summary>
internal static class StoryLines
{
    public static void Print(IReadOnlyList<StoryEntry> entries)
    {
        var shared = entries.Where(e => e.Sources.Count > 1).ToList();
        AnsiConsole.MarkupLineInterpolated($"[bold]{entries.Count} stories; {shared.Count} reported by several feeds[/]");
        foreach (var entry in shared)
        {
            AnsiConsole.MarkupLineInterpolated($"  {entry.Label}");
            AnsiConsole.MarkupLineInterpolated($"    [grey]{entry.Sources.Count} sources:[/] {string.Join(", ", entry.Sources.Select(s => s.NearDuplicate ? s.Name + " (copy)" : s.Name))}");
        }
    }
}
