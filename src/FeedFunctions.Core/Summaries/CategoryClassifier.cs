using FeedFunctions.Feeds;
using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>Places an article in one category of the fixed taxonomy by hand-written seed lexicons; no training data.</summary>
public sealed class CategoryClassifier
{
    // A title word says more about the topic than a body word.
    private const double TitleWeight = 3;
    private const double LeadWeight = 2;
    // "video game" says technology where "game" alone says sport: a phrase counts as much as three words.
    private const double PhraseWeight = 3;

    private readonly Dictionary<string, List<string>> categoriesByStem = new(StringComparer.Ordinal);

    /// <summary>Loads and stems the lexicons with the English stemmer.</summary>
    public CategoryClassifier(LanguageProfiles profiles)
    {
        var stemmer = profiles.Get("en").CreateStemmer();
        foreach (var line in EmbeddedText.ReadLines(typeof(CategoryClassifier).Assembly, "categories.txt"))
        {
            var colon = line.IndexOf(':');
            var category = line[..colon].Trim();
            if (!Categories.IsKnown(category)) throw new InvalidOperationException("summaries: unknown category in lexicon: " + category);
            foreach (var word in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = string.Join(' ', word.Split('_').Select(stemmer.Stem));
                if (!categoriesByStem.TryGetValue(stem, out var list)) categoriesByStem[stem] = list = [];
                if (!list.Contains(category)) list.Add(category);
            }
        }
    }

    /// <summary>The best category of <paramref name="article"/>; <see cref="Categories.World"/> when nothing matches.</summary>
    public string Classify(PreparedArticle article)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            // The lead sentence says what the story is about; the rest may wander.
            var weight = sentence.Sentence.Index == 0 ? LeadWeight : 1;
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (!sentence.IsStop[i]) counts[sentence.Stems[i]] = counts.GetValueOrDefault(sentence.Stems[i]) + weight;
                if (i + 1 < sentence.Tokens.Count)
                {
                    var pair = sentence.Stems[i] + " " + sentence.Stems[i + 1];
                    if (categoriesByStem.ContainsKey(pair)) counts[pair] = counts.GetValueOrDefault(pair) + PhraseWeight * weight;
                }
            }
        }
        foreach (var stem in article.TitleStems) counts[stem] = counts.GetValueOrDefault(stem) + TitleWeight;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (stem, count) in counts)
        {
            if (!categoriesByStem.TryGetValue(stem, out var categories)) continue;
            foreach (var category in categories) scores[category] = scores.GetValueOrDefault(category) + (1 + Math.Log(count)) / categories.Count;
        }
        return scores.Count == 0 ? Categories.World : scores.OrderByDescending(s => s.Value).ThenBy(s => Categories.All.ToList().IndexOf(s.Key)).First().Key;
    }
}
