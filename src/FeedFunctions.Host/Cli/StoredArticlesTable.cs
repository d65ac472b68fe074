using FeedFunctions.Storage;
using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>The table `run --once` ends with: feed, title, first summary sentence, tags.</summary>
internal static class StoredArticlesTable
{
    public static Table Build(IReadOnlyList<ArticleListItem> items)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"{items.Count} latest summarized articles");
        table.AddColumn("Feed");
        table.AddColumn("Title");
        table.AddColumn("Summary (first sentence)");
        table.AddColumn("Tags");
        foreach (var item in items)
        {
            table.AddRow(
                Markup.Escape(item.FeedTitle ?? item.FeedId),
                Markup.Escape(item.Title),
                Markup.Escape(item.Analysis.Summary.FirstOrDefault()?.Text ?? ""),
                Markup.Escape(string.Join(", ", item.Analysis.Tags.Select(t => t.Name))));
        }
        return table;
    }
}
