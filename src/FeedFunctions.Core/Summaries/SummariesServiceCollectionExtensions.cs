using FeedFunctions.Summaries.Embeddings;
using FeedFunctions.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Summaries;

/// <summary>Registers the local summarizer and tagger and the text pipeline it shares.</summary>
public static class SummariesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ExtractiveAnalyzer"/> (also as the keyed <see cref="IArticleAnalyzer"/> "extractive") and its singletons.</summary>
    public static IServiceCollection AddLocalSummaries(this IServiceCollection services)
    {
        services.AddOptions<SummariesOptions>()
            .BindConfiguration(SummariesOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IServiceProvider>(
                (o, sp) => !o.UseEmbeddings || sp.GetService<ISentenceEmbedder>() is not null,
                "summaries: Summaries:UseEmbeddings=true needs the sentence embedder, which this program does not include "
                + "(reference FeedFunctions.Embeddings and call services.AddSentenceEmbeddings())")
            .ValidateOnStart();
        services.AddSingleton(sp => new LanguageIdentifier(sp.GetRequiredService<IOptions<SummariesOptions>>().Value.Languages));
        services.AddSingleton<LanguageProfiles>();
        services.AddSingleton(_ => PartOfSpeechLexicon.LoadEnglish());
        services.AddSingleton<PartOfSpeechTagger>();
        services.AddSingleton<Gazetteer>();
        services.AddSingleton(_ => DocumentFrequencies.LoadEnglish());
        services.AddSingleton<ArticlePreparer>();
        services.AddSingleton<EntityRecognizer>();
        services.AddSingleton<CategoryClassifier>();
        services.AddSingleton<ExtractiveAnalyzer>();
        services.AddKeyedSingleton<IArticleAnalyzer>("extractive", (sp, _) => sp.GetRequiredService<ExtractiveAnalyzer>());
        return services;
    }
}
