namespace FeedFunctions.Feeds;

/// <summary>The fixed top-level taxonomy every article is placed in (documented in docs/taxonomy.md).</summary>
public static class Categories
{
    public const string World = "world";
    public const string Politics = "politics";
    public const string Business = "business";
    public const string Technology = "technology";
    public const string Science = "science";
    public const string Health = "health";
    public const string Sport = "sport";
    public const string Entertainment = "entertainment";

    public static IReadOnlyList<string> All { get; } =
        [World, Politics, Business, Technology, Science, Health, Sport, Entertainment];

    public static bool IsKnown(string value) => All.Contains(value);
}
