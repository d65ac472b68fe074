using FeedFunctions.Feeds;
using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>Finds people, places and organisations as capitalised spans, typed and canonicalised with the gazetteer.</summary>
public sealed class EntityRecognizer(Gazetteer gazetteer)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "del", "der", "van", "von", "al", "bin", "da", "la", "le", "and" };
    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase) { "north", "south", "east", "west", "northern", "southern", "eastern", "western" };

    /// <summary>The entities of <paramref name="article"/>, most mentioned first.</summary>
    public IReadOnlyList<RecognizedEntity> Recognize(PreparedArticle article)
    {
        var capitalizedMidSentence = CapitalizedMidSentence(article);
        var found = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            // Headings capitalise every word: only names the gazetteer knows count there.
            var heading = SentenceRanker.IsHeading(sentence);
            foreach (var (span, personCue) in Spans(sentence, article.Language, capitalizedMidSentence))
            {
                foreach (var part in SplitUnknown(span, heading))
                {
                    if (IsNoise(part)) continue;
                    Add(found, part, Surface(sentence.Sentence.Text, part), personCue, sentence.Sentence.Index);
                }
            }
        }
        MergeShortNames(found);
        return [.. found.Values
            .Where(b => b.Kind != TagKind.Other || b.Mentions >= 2)
            .Select(b => new RecognizedEntity(b.Display, b.Kind, b.Mentions, b.FirstSentence))
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.FirstSentence)];
    }

    // "China and Russia" is two names unless the gazetteer knows the whole ("Belt and Road"); in headings, single words only.
    private IEnumerable<List<Token>> SplitUnknown(List<Token> span, bool heading)
    {
        var surface = string.Join(' ', span.Select(t => t.Text));
        if (gazetteer.TryResolve(surface, out _, out _) || gazetteer.TryDemonym(surface, out _))
        {
            yield return span;
            yield break;
        }
        if (heading)
        {
            foreach (var token in span.Where(t => gazetteer.TryResolve(t.Text, out _, out _) || gazetteer.TryDemonym(t.Text, out _))) yield return [token];
            yield break;
        }
        // "Nordic Dock and Transport Workers' Union" is one name: the organisation word at the end covers both halves.
        if (gazetteer.IsOrganizationWord(span[^1].Text) && !span.TakeWhile(t => t.Text != "and").Any(t => gazetteer.IsOrganizationWord(t.Text)))
        {
            yield return span;
            yield break;
        }
        var parts = new List<List<Token>> { new() };
        foreach (var token in span)
        {
            if (token.Text == "and") parts.Add([]);
            else parts[^1].Add(token);
        }
        parts.RemoveAll(p => p.Count == 0);
        // "Land and Work" is a name, "Smith and Jones" may be: split only where every part stands as a name of its own.
        if (parts.Count > 1 && !parts.All(p => p.Count > 1 || gazetteer.TryResolve(p[0].Text, out _, out _) || gazetteer.TryDemonym(p[0].Text, out _)))
        {
            yield return span;
            yield break;
        }
        foreach (var part in parts) yield return part;
    }

    // Lone directions ("the North"), hyphenated adjectives ("Korean-centric", "Sino-DPRK"), weekdays and months are not names.
    private bool IsNoise(List<Token> span)
    {
        if (span.Count != 1) return false;
        var word = span[0].Text;
        if (gazetteer.TryResolve(word, out _, out _)) return false;
        return Directions.Contains(word) || word.Contains('-') || GenericWords.IsCalendarOrUnit(word);
    }

    // The words of a span as written, with a possessive inside an organisation's name kept ("People's Party").
    private static string Surface(string text, List<Token> span)
    {
        var surface = new System.Text.StringBuilder(span[0].Text);
        for (var k = 1; k < span.Count; k++)
        {
            var gap = text[(span[k - 1].Start + span[k - 1].Text.Length)..span[k].Start].Trim();
            surface.Append(gap is "'s" or "’s" or "'" or "’" ? gap : "").Append(' ').Append(span[k].Text);
        }
        return surface.ToString();
    }

    private void Add(Dictionary<string, Builder> found, List<Token> span, string surface, bool personCue, int sentenceIndex)
    {
        double weight = 1;
        string name;
        TagKind kind;
        if (gazetteer.TryResolve(surface, out name, out kind)) { }
        else if (gazetteer.TryDemonym(surface, out var place))
        {
            (name, kind, weight) = (place, TagKind.Place, 0.5);
            if (gazetteer.TryResolve(place, out var canonical, out _)) name = canonical;
        }
        else
        {
            (name, kind) = (surface, Classify(span, personCue));
        }
        var key = Gazetteer.Key(name);
        if (!found.TryGetValue(key, out var builder)) found[key] = builder = new Builder(kind, sentenceIndex);
        builder.Add(name, weight);
        if (builder.Kind is TagKind.Other && kind is not TagKind.Other) builder.Kind = kind;
    }

    private TagKind Classify(List<Token> span, bool personCue)
    {
        if (span.Any(t => gazetteer.IsOrganizationWord(t.Text))) return TagKind.Organization;
        if (span.Any(t => gazetteer.IsPlaceWord(t.Text))) return TagKind.Place;
        if (span.Count == 1 && span[0].Text.Length >= 2 && span[0].Text.All(char.IsUpper)) return TagKind.Organization;
        if (personCue || (span.Count is 2 or 3 && gazetteer.IsFirstName(span[0].Text))) return TagKind.Person;
        return TagKind.Other;
    }

    // Capitalised runs of adjacent words; a title such as "President" splits the run and marks what follows as a person.
    private IEnumerable<(List<Token> Span, bool PersonCue)> Spans(PreparedSentence sentence, LanguageProfile language, HashSet<string> capitalizedMidSentence)
    {
        var tokens = sentence.Tokens;
        var text = sentence.Sentence.Text;
        var span = new List<Token>();
        var cue = false;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : null;
            var continues = token is not null && span.Count > 0
                && (Tokenizer.AreAdjacent(text, span[^1], token) || IsPossessiveOfOrganization(text, span[^1], token));
            var isName = token is not null && token.IsCapitalized && !token.IsNumeric && (!language.IsStopWord(token.Text) || IsAllCaps(token.Text));
            if (token is not null && isName && i == 0 && !capitalizedMidSentence.Contains(token.Text) && !gazetteer.TryResolve(token.Text, out _, out _)
                && !gazetteer.TryDemonym(token.Text, out _) && !IsNameFollowed(tokens, text))
            {
                isName = false; // sentence-initial capital alone proves nothing
            }
            if (token is not null && isName && gazetteer.IsPersonCue(token.Text) && !gazetteer.TryResolve(token.Text, out _, out _))
            {
                if (span.Count > 0) yield return (Trim(span), false);
                span = [];
                cue = true;
                continue;
            }
            var connector = token is not null && !isName && span.Count > 0 && Connectors.Contains(token.Text) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized;
            if (token is not null && (isName || connector) && (span.Count == 0 || continues))
            {
                span.Add(token);
                continue;
            }
            if (span.Count > 0) yield return (Trim(span), cue);
            span = [];
            cue = false;
            if (token is not null && isName) span.Add(token);
        }
    }

    // "People's Party", "Transport Workers' Union": a possessive inside an organisation's name does not end it.
    private bool IsPossessiveOfOrganization(string text, Token left, Token right)
    {
        if (!gazetteer.IsOrganizationWord(right.Text) || !right.IsCapitalized) return false;
        var gap = text[(left.Start + left.Text.Length)..right.Start];
        return gap.Trim() is "'s" or "’s" or "'" or "’" && gap.EndsWith(' ');
    }

    private static bool IsAllCaps(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsNameFollowed(IReadOnlyList<Token> tokens, string text) =>
        tokens.Count > 1 && tokens[1].IsCapitalized && Tokenizer.AreAdjacent(text, tokens[0], tokens[1]);

    private static List<Token> Trim(List<Token> span)
    {
        while (span.Count > 0 && Connectors.Contains(span[^1].Text)) span.RemoveAt(span.Count - 1);
        return span;
    }

    private static HashSet<string> CapitalizedMidSentence(PreparedArticle article) =>
        article.Sentences.SelectMany(s => s.Tokens.Skip(1)).Where(t => t.IsCapitalized).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    // "Kim" and "Trump" alone are the "Kim Jong-un" and "Donald Trump" named in full elsewhere.
    private static void MergeShortNames(Dictionary<string, Builder> found)
    {
        foreach (var key in found.Keys.Where(k => !k.Contains(' ')).ToList())
        {
            var single = found[key];
            if (single.Kind is TagKind.Place or TagKind.Organization) continue;
            var owners = found.Where(f => f.Key.Contains(' ') && f.Value.Kind is TagKind.Person or TagKind.Other
                    && (f.Key.StartsWith(key + " ", StringComparison.Ordinal) || f.Key.EndsWith(" " + key, StringComparison.Ordinal)))
                .OrderByDescending(f => f.Value.Mentions).ToList();
            if (owners.Count == 0 || (owners.Count > 1 && owners[0].Value.Mentions == owners[1].Value.Mentions)) continue;
            var owner = owners[0].Value;
            owner.Mentions += single.Mentions;
            owner.FirstSentence = Math.Min(owner.FirstSentence, single.FirstSentence);
            owner.Kind = TagKind.Person;
            found.Remove(key);
        }
    }

    private sealed class Builder(TagKind kind, int firstSentence)
    {
        private readonly Dictionary<string, int> surfaces = new(StringComparer.Ordinal);

        public TagKind Kind { get; set; } = kind;
        public int FirstSentence { get; set; } = firstSentence;
        public double Mentions { get; set; }
        public string Display => surfaces.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

        public void Add(string surface, double weight)
        {
            surfaces[surface] = surfaces.GetValueOrDefault(surface) + 1;
            Mentions += weight;
        }
    }
}
