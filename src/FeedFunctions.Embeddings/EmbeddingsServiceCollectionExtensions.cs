using FeedFunctions.Summaries.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedFunctions.Summaries;

/// <summary>Registers the all-MiniLM-L6-v2 sentence embedder that <c>Summaries:UseEmbeddings=true</c> needs.</summary>
public static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="MiniLmSentenceEmbedder"/> as the <see cref="ISentenceEmbedder"/>; the model loads on first use only.</summary>
    public static IServiceCollection AddSentenceEmbeddings(this IServiceCollection services)
    {
        services.TryAddSingleton<ISentenceEmbedder>(sp => new MiniLmSentenceEmbedder(
            sp.GetService<ILogger<MiniLmSentenceEmbedder>>() ?? NullLogger<MiniLmSentenceEmbedder>.Instance));
        return services;
    }
}
