using System.Globalization;

namespace FeedFunctions.Digest;

/// <summary>Says in plain words what a subscription delivers: which stories, when, and how much of each.</summary>
public static class SelectionSummary
{
    /// <summary>Label and text pairs, such as ("Stories", "on North Korea; in Business") and ("When", "every day at 08:00, Paris time").</summary>
    public static IReadOnlyList<(string Label, string Text)> Lines(SubscriptionSelection selection, SelectionNames names)
    {
        var lines = new List<(string, string)> { ("Stories", Stories(selection, names)), ("When", When(selection.Preferences)), ("Each story", Length(selection.Preferences.SummaryLength)) };
        if (selection.Preferences.MaxStories is { } max) lines.Add(("At most", max == 1 ? "1 story" : $"{max} stories"));
        return lines;
    }

    /// <summary>The whole summary in one sentence, for emails: "Stories: on North Korea. When: every day at 08:00, UTC. ..."</summary>
    public static string Sentence(SubscriptionSelection selection, SelectionNames names) =>
        string.Join(" ", Lines(selection, names).Select(l => $"{l.Label}: {l.Text}."));

    public static string Stories(SubscriptionSelection selection, SelectionNames names)
    {
        var parts = new List<string>();
        if (selection.Topics.Count > 0) parts.Add("on " + List(selection.Topics.Select(names.Topic)));
        if (selection.Categories.Count > 0) parts.Add("in " + List(selection.Categories.Select(DigestSections.CategoryTitle)));
        if (selection.FeedIds.Count > 0) parts.Add("from " + List(selection.FeedIds.Select(names.Feed)));
        return parts.Count == 0 ? "all stories" : string.Join("; ", parts);
    }

    public static string When(DigestPreferences preferences)
    {
        var time = preferences.DeliveryTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var zone = ZoneName(preferences.TimeZone);
        return preferences.Frequency switch
        {
            DigestFrequency.Weekly => $"every {preferences.DeliveryDay} at {time}, {zone}",
            DigestFrequency.EveryNHours => $"every {preferences.EveryHours} hours from {time}, {zone}",
            _ => $"every day at {time}, {zone}",
        };
    }

    public static string Length(SummaryLength length) => length switch
    {
        SummaryLength.ThreeSentences => "a three-sentence summary",
        SummaryLength.Bullets => "its key points",
        _ => "a one-sentence summary",
    };

    /// <summary>"Europe/Paris" reads as "Paris time", "America/New_York" as "New York time"; UTC stays "UTC".</summary>
    public static string ZoneName(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || timeZone is "UTC" or "Etc/UTC" or "Etc/GMT") return "UTC";
        var slash = timeZone.LastIndexOf('/');
        return slash < 0 || timeZone.StartsWith("Etc/", StringComparison.Ordinal)
            ? timeZone
            : timeZone[(slash + 1)..].Replace('_', ' ') + " time";
    }

    /// <summary>The text with its first letter capitalised, for a line that stands on its own ("On North Korea").</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all[..^1]) + " and " + all[^1];
    }
}
