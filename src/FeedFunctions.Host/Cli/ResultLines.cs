using FeedFunctions.Refresh;
using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>One console line per refreshed feed, as each finishes.</summary>
internal static class ResultLines
{
    public static void Print(RefreshResult result)
    {
        switch (result)
        {
            case RefreshResult.Updated u:
                AnsiConsole.MarkupLineInterpolated($"  [green]ok[/]   {u.FeedTitle}: {u.NewArticles} new, {u.ChangedArticles} changed{(u.NotWellFormed ? " (not well formed; recovered)" : "")}");
                break;
            case RefreshResult.NotModified n:
                AnsiConsole.MarkupLineInterpolated($"  [grey]304[/]  {n.FeedTitle}: not modified");
                break;
            case RefreshResult.Disabled d:
                AnsiConsole.MarkupLineInterpolated($"  [yellow]off[/]  {d.FeedTitle}: disabled ({d.Reason})");
                break;
            case RefreshResult.Failed f:
                AnsiConsole.MarkupLineInterpolated($"  [red]fail[/] {f.FeedTitle}: {f.ErrorCode}: {f.Message}");
                break;
        }
    }
}
