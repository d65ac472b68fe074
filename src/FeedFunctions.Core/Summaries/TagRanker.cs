using FeedFunctions.Feeds;

namespace FeedFunctions.Summaries;

/// <summary>Merges named entities and keyphrases into one ranked, de-duplicated tag list.</summary>
public static class TagRanker
{
    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> tags (fewer only when the article has fewer candidates).</summary>
    public static IReadOnlyList<Tag> Rank(PreparedArticle article, IReadOnlyList<RecognizedEntity> entities, IReadOnlyList<RankedPhrase> phrases, int min, int max)
    {
        var sentenceCount = Math.Max(article.Sentences.Count, 1);
        var tags = new List<Tag>();
        var maxMentions = entities.Count == 0 ? 1 : entities.Max(e => e.Mentions);
        foreach (var entity in entities)
        {
            var early = 1 - 0.5 * entity.FirstSentence / sentenceCount;
            tags.Add(new Tag(entity.Name, entity.Kind, Math.Round(entity.Mentions / maxMentions * early, 4)));
        }
        var maxPhrase = phrases.Count == 0 ? 1 : phrases.Max(p => p.Score);
        var entityKeys = entities.Select(e => Gazetteer.Key(e.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var key = Gazetteer.Key(phrase.Text);
            // Names belong to the entity tags: a keyphrase holding an acronym or an entity's word repeats one.
            var words = key.Split(' ');
            if (phrase.Text.Split(' ').Any(w => w.Length > 1 && w.All(char.IsUpper))) continue;
            if (entityKeys.Any(e => e == key || e.Split(' ').Intersect(words).Any())) continue;
            tags.Add(new Tag(phrase.Text, TagKind.Keyphrase, Math.Round(phrase.Score / maxPhrase, 4)));
        }
        var ranked = Diverse(tags)
            .GroupBy(t => t.Slug, StringComparer.Ordinal).Select(g => g.OrderByDescending(t => t.Score).First())
            .OrderByDescending(t => t.Score).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var strong = ranked.Where(t => t.Score >= 0.15).Take(max).ToList();
        return strong.Count >= min ? strong : ranked.Take(Math.Max(min, strong.Count)).ToList();
    }

    // "historic trilateral talks" after "historic trilateral meeting" adds nothing: drop a keyphrase sharing most of its words with a better one.
    private static List<Tag> Diverse(List<Tag> tags)
    {
        var kept = new List<Tag>();
        foreach (var tag in tags.OrderByDescending(t => t.Score))
        {
            var words = tag.Slug.Split('-');
            var redundant = tag.Kind == TagKind.Keyphrase && words.Length > 1 && kept.Any(k => k.Kind == TagKind.Keyphrase
                && 2 * words.Intersect(k.Slug.Split('-')).Count() > words.Length);
            if (!redundant) kept.Add(tag);
        }
        return kept;
    }
}
