using FeedFunctions.Stories;
using FeedFunctions.Text;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Core.Tests.Stories;

/// <summary>Builds story features the way production does: one extractor with its own running term statistics.</summary>
internal sealed class StoryTestArticles(StoryOptions? options = null)
{
    private static readonly LanguageProfiles Profiles = new();
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private readonly StoryFeatureExtractor extractor = new(Profiles, new StoryTermFrequencies(), Options.Create(options ?? new StoryOptions()));

    public StoryFeatures Features(string key, string title, string lede, double hours) =>
        extractor.Extract(new StoryArticle(key, title, lede, "en", Start.AddHours(hours)), TestContext.Current.CancellationToken);
}
