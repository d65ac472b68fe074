using FeedFunctions.Summaries;
using FeedFunctions.Text;

namespace FeedFunctions.Evaluation;

/// <summary>
/// Issue 13's measurable "generic tag": a single word that is a weekday or month, a unit or number word, or a lower-case
/// word found in more than 3% of the articles of every category of a categorised data set (it names no topic).
/// </summary>
public sealed class GenericTagJudge
{
    private readonly HashSet<string> everywhere;

    private GenericTagJudge(HashSet<string> everywhere) => this.everywhere = everywhere;

    /// <summary>The lower-case words common to every category of <paramref name="items"/>.</summary>
    public static GenericTagJudge FromArticles(IEnumerable<SummarizationItem> items)
    {
        var perCategory = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var articles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items.Where(i => i.Category.Length > 0))
        {
            if (!perCategory.TryGetValue(item.Category, out var counts)) perCategory[item.Category] = counts = new(StringComparer.Ordinal);
            foreach (var word in Tokenizer.Tokenize(item.Title + "\n" + item.Text).Select(t => t.Lower).Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
            articles[item.Category] = articles.GetValueOrDefault(item.Category) + 1;
        }
        var everywhere = perCategory.Count < 2
            ? []
            : perCategory.First().Value.Keys
                .Where(w => perCategory.All(c => c.Value.GetValueOrDefault(w) > BackgroundCorpusBuilder.GenericShare * articles[c.Key]))
                .ToHashSet(StringComparer.Ordinal);
        return new GenericTagJudge(everywhere);
    }

    /// <summary>Whether the tag <paramref name="name"/> is generic.</summary>
    public bool IsGeneric(string name)
    {
        var tag = name.Trim();
        if (tag.Length == 0 || tag.Contains(' ')) return false;
        if (GenericWords.IsCalendarOrUnit(tag)) return true;
        return !tag.Any(char.IsUpper) && everywhere.Contains(tag);
    }
}
