using System.Globalization;
using FeedFunctions.Api;
using FeedFunctions.Feeds;
using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>The table `feeds list` prints: fits 80 columns, never splitting an id or a date.</summary>
public static class FeedsTable
{
    /// <summary>Ids are shortened to this many hex digits, as git shortens commit ids; GET /api/feeds gives them in full.</summary>
    public const int ShortIdLength = 8;

    /// <summary>Every date in the table: UTC, to the minute.</summary>
    public const string DateFormat = "yyyy-MM-dd HH:mm";

    public static Table Build(IReadOnlyList<Feed> feeds)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{feeds.Count} feeds");
        table.AddColumn(new TableColumn("Id").NoWrap());
        table.AddColumn(new TableColumn("Feed"));
        table.AddColumn(new TableColumn("Status").NoWrap());
        table.AddColumn(new TableColumn("Last/next (UTC)").NoWrap());
        table.AddColumn(new TableColumn("Articles").NoWrap().RightAligned());
        foreach (var feed in feeds)
        {
            table.AddRow(
                new Spectre.Console.Text(ShortId(feed.Id)),
                Describe(feed),
                new Spectre.Console.Text(feed.LastErrorCode is null ? feed.Status.ToString().ToLowerInvariant() : "failing"),
                new Spectre.Console.Text($"{Date(feed.LastFetchedAt, "never")}\n{Date(feed.NextFetchAt, "-")}"),
                new Spectre.Console.Text(feed.ArticleCount.ToString(CultureInfo.InvariantCulture)));
        }
        table.Caption("Ids are shortened; GET /api/feeds gives them in full.");
        return table;
    }

    public static string ShortId(string id) => id.Length > ShortIdLength ? id[..ShortIdLength] : id;

    private static string Date(DateTimeOffset? date, string none) =>
        date?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture) ?? none;

    // Title, then URL, then the last error: the one cell that may wrap.
    private static Markup Describe(Feed feed)
    {
        var lines = new List<string> { Markup.Escape(feed.Title ?? "(no title yet)"), "[grey]" + Markup.Escape(feed.Url.AbsoluteUri) + "[/]" };
        if (feed.LastErrorCode is not null) lines.Add("[red]" + Markup.Escape($"{feed.LastErrorCode}: {UserMessage.Clean(feed.LastError ?? "")}") + "[/]");
        return new Markup(string.Join("\n", lines));
    }
}
