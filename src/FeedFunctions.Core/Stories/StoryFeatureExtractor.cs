using FeedFunctions.Summaries.Embeddings;
using FeedFunctions.Text;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Stories;

/// <summary>Turns an analyzed article into its <see cref="StoryFeatures"/>, counting its terms into the running statistics.</summary>
/// <remarks>The embedder is optional, as for summaries: only hosts that reference FeedFunctions.Embeddings have one.</remarks>
public sealed class StoryFeatureExtractor(
    LanguageProfiles profiles, StoryTermFrequencies frequencies, IOptions<StoryOptions> options, ISentenceEmbedder? embedder = null)
{
    private const int MinWordLength = 2;

    /// <summary>The features of <paramref name="article"/>; its terms are weighted by the articles seen before it and itself.</summary>
    public StoryFeatures Extract(StoryArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var profile = profiles.Get(article.Language);
        var stemmer = profile.CreateStemmer();
        // Title words weigh 1, lede words less: the title says what the story is, the lede adds detail.
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(article.Title, profile, stemmer)) factors[term] = 1;
        if (options.Value.LedeWeight > 0)
        {
            foreach (var term in Terms(article.Lede, profile, stemmer)) factors.TryAdd(term, options.Value.LedeWeight);
        }
        var unseen = factors.Keys.Where(t => frequencies.Count(t) == 0).Order(StringComparer.Ordinal).ToList();
        frequencies.Observe(factors.Keys);
        var weights = factors.ToDictionary(kv => kv.Key, kv => kv.Value * frequencies.Idf(kv.Key), StringComparer.Ordinal);
        var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
        var terms = weights
            .Select(kv => new StoryTerm(kv.Key, (float)(kv.Value / norm)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Text, StringComparer.Ordinal)
            .ToList();
        var text = string.IsNullOrWhiteSpace(article.Lede) ? article.Title : article.Title + ". " + article.Lede;
        return new StoryFeatures
        {
            ArticleKey = article.ArticleKey,
            Title = article.Title.Trim(),
            Published = article.Published,
            Terms = terms,
            UnseenTerms = unseen,
            Fingerprint = ShingleFingerprint.Of(text),
            Embedding = article.Embedding ?? Embed(text, cancellationToken),
        };
    }

    private float[]? Embed(string text, CancellationToken cancellationToken) =>
        options.Value.UseEmbeddings && embedder is not null ? embedder.Embed([text], cancellationToken)[0] : null;

    // Stems of the content words, and each pair of adjacent content words: pairs keep names and set phrases apart
    // ("bank england" is not "jos bank"), which single stems cannot.
    internal static IEnumerable<string> Terms(string? text, LanguageProfile profile, Stemmer stemmer)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var tokens = Tokenizer.Tokenize(text);
        string? previous = null;
        foreach (var token in tokens)
        {
            if (token.Text.Length < MinWordLength || profile.IsStopWord(token.Text))
            {
                previous = null;
                continue;
            }
            var stem = stemmer.Stem(token.Text);
            yield return stem;
            if (previous is not null) yield return previous + " " + stem;
            previous = stem;
        }
    }
}
