using FeedFunctions.Summaries;
using FeedFunctions.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Core.Tests.Summaries;

public sealed class KeyphraseExtractorTests
{
    private const string Story = """
        Glee star Matthew Morrison announces summer tour

        This time, Sue Sylvester couldn't stop the music. Matthew Morrison, who plays the glee club teacher on Fox's Glee,
        announced a nationwide summer concert tour Friday. He'll perform songs from his upcoming solo album. Regional glee
        clubs can compete to open for Morrison when the tour comes to their town. The tour delivers new songs, and Morrison
        says the tour is the biggest of his career. Morrison will hit the Beacon Theater in New York on July 1.
        """;

    [Fact]
    public void Extract_EnglishStory_ProposesNounPhrasesOnly()
    {
        using var provider = AnalyzerFactory.Create();
        var article = provider.GetRequiredService<ArticlePreparer>().Prepare(null, Story);

        var phrases = KeyphraseExtractor.Extract(article, provider.GetRequiredService<DocumentFrequencies>(), 20);

        Assert.NotEmpty(phrases);
        var words = phrases.SelectMany(p => p.Text.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Verbs and comparatives are not keyphrase words, however often or early they occur.
        Assert.DoesNotContain("announces", words);
        Assert.DoesNotContain("announced", words);
        Assert.DoesNotContain("delivers", words);
        Assert.DoesNotContain("perform", words);
        Assert.DoesNotContain("biggest", words);
        // The frequent noun outranks one-off phrases.
        Assert.Contains(phrases.Take(5), p => p.Text == "tour");
    }

    [Fact]
    public void Extract_NameInsideSentence_KeepsItsCapitals()
    {
        using var provider = AnalyzerFactory.Create();
        var article = provider.GetRequiredService<ArticlePreparer>().Prepare(null, Story);

        var phrases = KeyphraseExtractor.Extract(article, provider.GetRequiredService<DocumentFrequencies>(), 40);

        Assert.Contains(phrases, p => p.Text == "Morrison" || p.Text == "Matthew Morrison");
        Assert.DoesNotContain(phrases, p => p.Text.Contains("morrison", StringComparison.Ordinal));
    }

    [Fact]
    public void Prepare_EnglishArticle_TagsWordClasses_OtherLanguagesDoNot()
    {
        using var provider = AnalyzerFactory.Create();
        var preparer = provider.GetRequiredService<ArticlePreparer>();

        var english = preparer.Prepare(null, Story);
        var german = preparer.Prepare(null, "Die Bundesregierung hat am Mittwoch einen neuen Haushalt beschlossen. Der Finanzminister sprach von einem guten Tag für das Land.");

        Assert.All(english.Sentences, s => Assert.Equal(s.Tokens.Count, s.Classes!.Count));
        Assert.Equal("de", german.LanguageCode);
        Assert.All(german.Sentences, s => Assert.Null(s.Classes));
        Assert.NotEmpty(KeyphraseExtractor.Extract(german, provider.GetRequiredService<DocumentFrequencies>(), 5));
    }
}
