namespace FeedFunctions.Text;

/// <summary>
/// Tags English words with coarse word classes: the lexicon's likeliest class, suffix rules for unknown words, then a
/// few contextual corrections in the manner of Brill's tagger. Good enough to tell nouns from verbs for keyphrases.
/// </summary>
public sealed class PartOfSpeechTagger(PartOfSpeechLexicon lexicon)
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "be", "been", "being", "is", "are", "was", "were", "am", "has", "have", "had", "having", "get", "got", "gets",
    };

    /// <summary>One class per token of a sentence; <paramref name="text"/> is the sentence the tokens were cut from.</summary>
    public IReadOnlyList<PartOfSpeech> Tag(string text, IReadOnlyList<Token> tokens)
    {
        var tags = new PartOfSpeech[tokens.Count];
        var options = new IReadOnlyList<PartOfSpeech>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            options[i] = Candidates(tokens[i], sentenceStart: i == 0 || AfterColon(text, tokens[i]));
            tags[i] = options[i][0];
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            tags[i] = InContext(tags[i - 1], tokens[i - 1].Lower, tags[i], options[i]);
        }
        return tags;
    }

    private IReadOnlyList<PartOfSpeech> Candidates(Token token, bool sentenceStart)
    {
        if (token.IsNumeric) return [PartOfSpeech.Number];
        var lower = token.Lower;
        var known = lexicon.Lookup(lower);
        var closedClass = known.Count > 0 && known[0] is PartOfSpeech.Determiner or PartOfSpeech.Preposition or PartOfSpeech.Pronoun
            or PartOfSpeech.Conjunction or PartOfSpeech.Modal;
        if (token.IsCapitalized && !closedClass && (!sentenceStart || known.Count == 0)) return [PartOfSpeech.ProperNoun];
        return known.Count > 0 ? known : [Unknown(lower)];
    }

    // A capital after a colon starts a clause the way a sentence start does ("Update: Police say...").
    private static bool AfterColon(string text, Token token)
    {
        var i = token.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] == ':';
    }

    private static PartOfSpeech Unknown(string lower)
    {
        if (lower.EndsWith("ly", StringComparison.Ordinal)) return PartOfSpeech.Adverb;
        if (lower.EndsWith("ing", StringComparison.Ordinal)) return PartOfSpeech.Gerund;
        if (lower.EndsWith("ed", StringComparison.Ordinal)) return PartOfSpeech.PastParticiple;
        if (lower.Contains('-')) return PartOfSpeech.Adjective;
        string[] adjectiveEndings = ["al", "ous", "ive", "ic", "able", "ible", "ful", "less", "ish"];
        return adjectiveEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal))
            ? PartOfSpeech.Adjective
            : PartOfSpeech.Noun;
    }

    // Brill-style corrections, each allowed only when the lexicon lists the corrected class for the word.
    private static PartOfSpeech InContext(PartOfSpeech previous, string previousWord, PartOfSpeech current, IReadOnlyList<PartOfSpeech> options)
    {
        // "the club", "his spending": a verb reading after a determiner or adjective is a noun.
        if (current is PartOfSpeech.Verb or PartOfSpeech.Gerund && previous is PartOfSpeech.Determiner or PartOfSpeech.Adjective
            && options.Contains(PartOfSpeech.Noun))
        {
            return PartOfSpeech.Noun;
        }
        // "to club", "will delay": after "to" or a modal, a verb.
        if (current is not PartOfSpeech.Verb && (previousWord == "to" || previous == PartOfSpeech.Modal) && options.Contains(PartOfSpeech.Verb))
        {
            return PartOfSpeech.Verb;
        }
        // "has explained": after an auxiliary, the participle.
        if (current == PartOfSpeech.Verb && Auxiliaries.Contains(previousWord) && options.Contains(PartOfSpeech.PastParticiple))
        {
            return PartOfSpeech.PastParticiple;
        }
        // "they club", "it rains": after a pronoun, the verb.
        if (current == PartOfSpeech.Noun && previous == PartOfSpeech.Pronoun && options.Contains(PartOfSpeech.Verb))
        {
            return PartOfSpeech.Verb;
        }
        return current;
    }
}
