using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Feeds;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>Digest content for composition tests, built directly so each test controls every string.</summary>
internal static class DigestSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    public static readonly Uri Site = new("https://news.example.test/");

    public static DigestEmailLinks Links { get; } = new(
        new Uri("https://news.example.test/api/subscriptions/unsubscribe?token=abc.def"),
        new Uri("https://news.example.test/unsubscribe?token=abc.def"),
        new Uri("https://news.example.test/preferences?token=ghi.jkl"),
        new Uri("https://news.example.test/digest?token=mno.pqr"));

    public const string Lede = "Delegations from Seoul, Tokyo and Washington met for a second day of talks in Beijing.";

    public static DigestStory Story(string title, string feedTitle, string[] tags, string category = Categories.World, string[]? topics = null, string feedId = "aa11") => new(
        new ArticleKey(feedId, StableId.Hash(title)),
        title,
        new Uri("https://example.org/" + TagSlug.From(title)),
        [new DigestSource(feedId, feedTitle, new Uri("https://example.org/" + TagSlug.From(title)))],
        Now.AddHours(-2),
        new ArticleAnalysis
        {
            Headline = "Delegations from Seoul, Tokyo and Washington met…",
            Lede = Lede,
            Summary = [new SummarySentence("Delegations from Seoul, Tokyo and Washington met for a second day of talks.", 0), new SummarySentence("They agreed to keep a hotline open.", 3), new SummarySentence("A further round is planned for spring.", 7)],
            Bullets = ["Talks resumed", "Hotline kept open", "Next round in spring"],
            Tags = [.. tags.Select(t => new Tag(t, TagKind.Keyphrase, 0.8))],
            Category = category,
        },
        topics ?? []);

    /// <summary>The stories in the sections a subscriber with <paramref name="reader"/>'s choices would get, ranked as given.</summary>
    public static DigestContent Content(Subscriber reader, params DigestStory[] stories) =>
        new(DigestSections.Arrange(stories, reader), Now.AddDays(-1), Now) { Top = stories.FirstOrDefault() };

    public static DigestContent Content(params DigestStory[] stories) => Content(Reader(), stories);

    public static Subscriber Reader(string[]? topics = null, string timeZone = "UTC", SummaryLength length = SummaryLength.OneSentence) => new()
    {
        Id = "reader",
        Email = "reader@example.test",
        Topics = topics ?? [],
        Preferences = new DigestPreferences { TimeZone = timeZone, SummaryLength = length },
    };

    public static DigestContent Rich() => Content(
        Story("Trilateral talks resume on the peninsula", "World Desk", ["North Korea", "Diplomacy", "Seoul"], Categories.World, ["diplomacy"]),
        Story("Ceasefire holds for a third day", "Wire Service", ["Ceasefire"], Categories.World),
        Story("Chip makers report record orders", "Tech Daily", ["Semiconductors", "Earnings"], Categories.Technology),
        Story("New battery chemistry doubles range", "Science Weekly", ["Batteries", "Energy"], Categories.Science));

    public static DigestIssue Issue(DigestContent content, SummaryLength length = SummaryLength.OneSentence, string timeZone = "UTC") => new()
    {
        Brand = "FeedFunctions",
        Heading = "Your daily digest",
        Subject = DigestSubject.Of("Your daily digest", content),
        Preheader = DigestSubject.Preheader("Your daily digest", content),
        Content = content,
        Length = length,
        TimeZone = timeZone,
        Site = Site,
    };
}
