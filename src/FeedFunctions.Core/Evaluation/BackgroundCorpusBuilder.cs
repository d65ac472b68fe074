using FeedFunctions.Summaries;

namespace FeedFunctions.Evaluation;

/// <summary>Builds the background document frequencies the tagger ships with, from the even rows of a categorised news file.</summary>
public sealed class BackgroundCorpusBuilder(ArticlePreparer preparer)
{
    /// <summary>A word in more than this share of the articles of every category names no topic (issue 13's definition).</summary>
    public const double GenericShare = 0.03;

    /// <summary>Counts stems over the even rows of <paramref name="items"/> (the odd rows stay held out) and writes them to <paramref name="writer"/>.</summary>
    public int Build(IReadOnlyList<SummarizationItem> items, TextWriter writer, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowerByCategory = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var articlesByCategory = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var documents = 0;
        for (var row = 0; row < items.Count; row += 2)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = items[row];
            var article = preparer.Prepare(item.Title, item.Text);
            var stems = new HashSet<string>(StringComparer.Ordinal);
            var lower = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sentence in article.Sentences)
            {
                for (var i = 0; i < sentence.Tokens.Count; i++)
                {
                    var token = sentence.Tokens[i];
                    if (token.IsNumeric) continue;
                    stems.Add(sentence.Stems[i]);
                    if (!token.Text.Any(char.IsUpper)) lower.Add(sentence.Stems[i]);
                }
            }
            foreach (var stem in stems) counts[stem] = counts.GetValueOrDefault(stem) + 1;
            if (!lowerByCategory.TryGetValue(item.Category, out var perCategory)) lowerByCategory[item.Category] = perCategory = [];
            foreach (var stem in lower) perCategory[stem] = perCategory.GetValueOrDefault(stem) + 1;
            articlesByCategory[item.Category] = articlesByCategory.GetValueOrDefault(item.Category) + 1;
            documents++;
        }
        var generic = counts.Keys
            .Where(stem => lowerByCategory.Count > 1 && lowerByCategory.All(c => c.Value.GetValueOrDefault(stem) > GenericShare * articlesByCategory[c.Key]))
            .ToHashSet(StringComparer.Ordinal);
        DocumentFrequencies.Write(writer, documents, counts, generic);
        return documents;
    }
}
