using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>Digest content for composition tests, built directly so each test controls every string.</summary>
internal static class DigestSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    public static DigestEmailLinks Links { get; } = new(
        new Uri("https://news.example.test/api/subscriptions/unsubscribe?token=abc.def"),
        new Uri("https://news.example.test/unsubscribe?token=abc.def"),
        new Uri("https://news.example.test/preferences?token=ghi.jkl"));

    public static DigestStory Story(string title, string feedTitle, string[] tags, string category = Categories.World, string[]? topics = null) => new(
        title,
        new Uri("https://example.org/" + TagSlug.From(title)),
        [new DigestSource("aa11", feedTitle, new Uri("https://example.org/" + TagSlug.From(title)))],
        Now.AddHours(-2),
        new ArticleAnalysis
        {
            Headline = title,
            Summary = [new SummarySentence("Delegations from Seoul, Tokyo and Washington met for a second day of talks.", 0), new SummarySentence("They agreed to keep a hotline open.", 3), new SummarySentence("A further round is planned for spring.", 7)],
            Bullets = ["Talks resumed", "Hotline kept open", "Next round in spring"],
            Tags = [.. tags.Select(t => new Tag(t, TagKind.Keyphrase, 0.8))],
            Category = category,
        },
        topics ?? []);

    public static DigestContent Content(params DigestStory[] stories) =>
        new([.. stories.GroupBy(s => s.Analysis.Category).Select(g => new DigestSection(g.Key, [.. g]))], Now.AddDays(-1), Now);

    public static DigestContent Rich() => Content(
        Story("Trilateral talks resume on the peninsula", "World Desk", ["North Korea", "Diplomacy", "Seoul"], Categories.World, ["diplomacy"]),
        Story("Ceasefire holds for a third day", "Wire Service", ["Ceasefire"], Categories.World),
        Story("Chip makers report record orders", "Tech Daily", ["Semiconductors", "Earnings"], Categories.Technology),
        Story("New battery chemistry doubles range", "Science Weekly", ["Batteries", "Energy"], Categories.Science));
}
