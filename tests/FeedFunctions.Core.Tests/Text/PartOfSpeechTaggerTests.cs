using FeedFunctions.Text;

namespace FeedFunctions.Core.Tests.Text;

public sealed class PartOfSpeechTaggerTests
{
    private static readonly PartOfSpeechTagger Tagger = new(PartOfSpeechLexicon.LoadEnglish());

    public static TheoryData<string, string, PartOfSpeech> Cases => new()
    {
        // The lexicon's likeliest class.
        { "He announced a nationwide summer concert tour.", "announced", PartOfSpeech.Verb },
        { "He announced a nationwide summer concert tour.", "nationwide", PartOfSpeech.Adjective },
        { "He announced a nationwide summer concert tour.", "tour", PartOfSpeech.Noun },
        // After a determiner, a word that can be a noun is one ("the club", not "to club").
        { "Regional glee clubs can compete to open for the club.", "club", PartOfSpeech.Noun },
        // After "to" or a modal, the verb.
        { "Regional glee clubs can compete to open for the club.", "compete", PartOfSpeech.Verb },
        { "They want to club together.", "club", PartOfSpeech.Verb },
        // After an auxiliary, the participle.
        { "The rule has explained little.", "explained", PartOfSpeech.PastParticiple },
        // A capital inside a sentence marks a name, even for a word the lexicon knows lower-case.
        { "This time, Sue Sylvester couldn't stop the music.", "Sylvester", PartOfSpeech.ProperNoun },
        { "He starred in Glee on Fox.", "Glee", PartOfSpeech.ProperNoun },
        // A capital opening the sentence is read from the lexicon; an unknown one is a name.
        { "Clubs can submit their entries here.", "Clubs", PartOfSpeech.Noun },
        { "Morrison will hit the Beacon Theater.", "Morrison", PartOfSpeech.ProperNoun },
        // Unknown lower-case words by their endings.
        { "The framerates looked glorptastically smooth.", "glorptastically", PartOfSpeech.Adverb },
        { "A gleebish wibbling was heard.", "gleebish", PartOfSpeech.Adjective },
        { "Numbers like 22 are numbers.", "22", PartOfSpeech.Number },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tag_WordInSentence_HasExpectedClass(string sentence, string word, PartOfSpeech expected)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var tags = Tagger.Tag(sentence, tokens);

        var index = tokens.ToList().FindIndex(t => t.Text == word);
        Assert.True(index >= 0, word + " is not a token");
        Assert.Equal(expected, tags[index]);
    }

    [Fact]
    public void Tag_AnySentence_GivesOneClassPerToken()
    {
        const string sentence = "Matthew Morrison, who plays the glee club teacher, announced a 22-city tour on Friday.";
        var tokens = Tokenizer.Tokenize(sentence);

        Assert.Equal(tokens.Count, Tagger.Tag(sentence, tokens).Count);
    }

    [Fact]
    public void LoadEnglish_EmbeddedLexicon_KnowsCommonWordsInOrderOfLikelihood()
    {
        var lexicon = PartOfSpeechLexicon.LoadEnglish();

        Assert.Equal(PartOfSpeech.Noun, lexicon.Lookup("club")[0]);
        Assert.Contains(PartOfSpeech.Verb, lexicon.Lookup("club"));
        Assert.Empty(lexicon.Lookup("glorptastically"));
    }
}
