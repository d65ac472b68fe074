using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>Cleans, splits, tokenizes and stems an article once for every scorer; holds the shared language objects.</summary>
public sealed class ArticlePreparer(LanguageIdentifier identifier, LanguageProfiles profiles, PartOfSpeechTagger englishTagger)
{
    /// <summary>Prepares <paramref name="title"/> and <paramref name="text"/>.</summary>
    public PreparedArticle Prepare(string? title, string text)
    {
        var clean = TextCleaner.Clean(text);
        var code = identifier.Identify(clean);
        var profile = profiles.Get(code);
        var stemmer = profile.CreateStemmer();
        var sentences = new List<PreparedSentence>();
        foreach (var sentence in SentenceSplitter.Split(clean))
        {
            var tokens = Tokenizer.Tokenize(sentence.Text);
            var stems = tokens.Select(t => stemmer.Stem(t.Text)).ToList();
            var isStop = tokens.Select(t => t.Text.Length < 2 || profile.IsStopWord(t.Text)).ToList();
            var classes = profile.Code == "en" ? englishTagger.Tag(sentence.Text, tokens) : null;
            sentences.Add(new PreparedSentence(sentence, tokens, stems, isStop, classes));
        }
        var cleanTitle = string.IsNullOrWhiteSpace(title) ? null : TextCleaner.Clean(title);
        // Without a title, a first line that is a heading serves as one.
        if (cleanTitle is null && sentences.Count > 1 && sentences[1].Sentence.Paragraph > 0 && SentenceRanker.IsHeading(sentences[0]))
        {
            cleanTitle = sentences[0].Sentence.Text;
        }
        var titleStems = cleanTitle is null
            ? new HashSet<string>()
            : Tokenizer.Tokenize(cleanTitle).Where(t => !profile.IsStopWord(t.Text) && !t.IsNumeric).Select(t => stemmer.Stem(t.Text)).ToHashSet();
        return new PreparedArticle(cleanTitle, sentences, titleStems, profile, code, stemmer);
    }
}
