using FeedFunctions.Summaries.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Stories;

/// <summary>Registers story clustering: its options, term statistics, feature extractor and summarizer.</summary>
public static class StoriesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="StoryFeatureExtractor"/>, <see cref="StorySummarizer"/>, <see cref="StoryAssigner"/>, <see cref="StoryReader"/> and validated <see cref="StoryOptions"/>.</summary>
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.AddOptions<StoryOptions>()
            .BindConfiguration(StoryOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IServiceProvider>(
                (o, sp) => !o.UseEmbeddings || sp.GetService<ISentenceEmbedder>() is not null,
                "stories: Stories:UseEmbeddings=true needs the sentence embedder, which this program does not include "
                + "(reference FeedFunctions.Embeddings and call services.AddSentenceEmbeddings())")
            .ValidateOnStart();
        services.TryAddSingleton<StoryTermFrequencies>();
        services.TryAddSingleton<StoryFeatureExtractor>();
        services.TryAddSingleton<StorySummarizer>();
        services.TryAddSingleton<StoryWindow>();
        services.TryAddSingleton<StoryAssigner>();
        // The read side (API, pages, digests, `run --once`); it needs the stores, resolved only when it is used.
        services.TryAddSingleton<StoryReader>();
        return services;
    }
}
