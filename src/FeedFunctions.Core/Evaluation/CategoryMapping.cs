using FeedFunctions.Feeds;

namespace FeedFunctions.Evaluation;

/// <summary>Which of our categories count as correct for a data set's category label (docs/taxonomy.md).</summary>
public static class CategoryMapping
{
    // BBC: business, entertainment, politics, sport, tech. UCI News: business, science-technology, entertainment, health.
    // 500N-KPCrowd: ten labels; crime has no counterpart in our taxonomy and is not scored.
    private static readonly Dictionary<string, string[]> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["business"] = [Categories.Business],
        ["entertainment"] = [Categories.Entertainment],
        ["politics"] = [Categories.Politics, Categories.World],
        ["sport"] = [Categories.Sport],
        ["sports"] = [Categories.Sport],
        ["tech"] = [Categories.Technology, Categories.Science],
        ["technology"] = [Categories.Technology, Categories.Science],
        ["science-technology"] = [Categories.Technology, Categories.Science],
        ["science"] = [Categories.Science, Categories.Technology],
        ["health"] = [Categories.Health],
        ["politics_world"] = [Categories.World, Categories.Politics],
        ["politics_us"] = [Categories.Politics, Categories.World],
        ["art_and_culture"] = [Categories.Entertainment],
        ["fashion"] = [Categories.Entertainment],
    };

    /// <summary>Whether the data set's <paramref name="label"/> maps onto our categories at all.</summary>
    public static bool IsMapped(string label) => Accepted.ContainsKey(label);

    /// <summary>Whether <paramref name="ours"/> is a correct category for the data set's <paramref name="label"/>.</summary>
    public static bool IsCorrect(string label, string ours) => Accepted.TryGetValue(label, out var accepted) && accepted.Contains(ours);
}
