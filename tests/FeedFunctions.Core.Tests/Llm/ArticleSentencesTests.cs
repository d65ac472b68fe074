using FeedFunctions.Summaries.Llm;
using FeedFunctions.Text;

namespace FeedFunctions.Core.Tests.Llm;

public sealed class ArticleSentencesTests
{
    public static TheoryData<string, string, string[]> Splits => new()
    {
        { "plain", "One thing happened. Another followed! Did a third?", ["One thing happened.", "Another followed!", "Did a third?"] },
        // Titles, initials and U.S. do not end a sentence.
        { "abbreviations", "Mr. Kim met U.S. officials. John F. Kennedy was not there.", ["Mr. Kim met U.S. officials.", "John F. Kennedy was not there."] },
        // A closing quote belongs to its sentence; a paragraph break always ends one.
        { "quotes and paragraphs", "He said \"no.\" Then he left\n\nA new paragraph", ["He said \"no.\"", "Then he left", "A new paragraph"] },
        // Decimal points and lower-case continuations are not sentence ends.
        { "numbers", "Growth was 2.5 percent. It rose in 2019. e.g. not here", ["Growth was 2.5 percent.", "It rose in 2019. e.g. not here"] },
        // The text is cleaned as the extractive analyzer cleans it: bylines and leftover markup go.
        { "cleaning", "By Jane Doe\n\n<p>The talks began.</p> They <b>ended</b> late.", ["The talks began.", "They ended late."] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Split_Text_ReturnsSentencesInOrder(string name, string text, string[] expected)
    {
        Assert.True(expected.SequenceEqual(ArticleSentences.Split(text)), $"{name}: {string.Join(" | ", ArticleSentences.Split(text))}");
    }

    [Fact]
    public void Split_ExampleArticle_MatchesTheExtractiveSplitter()
    {
        var text = LlmTestData.Article.Text;

        var extractive = SentenceSplitter.Split(TextCleaner.Clean(text)).Select(s => s.Text);

        Assert.Equal(extractive, ArticleSentences.Split(text));
    }

    [Fact]
    public void TrimToBudget_LongArticle_KeepsLeadingSentencesWithinBudget()
    {
        var sentences = Enumerable.Range(0, 100).Select(i => $"Sentence number {i} has some words in it.").ToList();

        var kept = ArticleSentences.TrimToBudget(sentences, maxTokens: 50);

        Assert.Equal(sentences.Take(kept.Count), kept);
        Assert.InRange(kept.Sum(s => s.Length + 1), 1, 50 * ArticleSentences.CharactersPerToken);
        Assert.True(kept.Sum(s => s.Length + 1) + sentences[kept.Count].Length + 1 > 200, "one more sentence would have fitted");
    }

    [Fact]
    public void TrimToBudget_ShortArticle_KeepsEverything()
    {
        string[] sentences = ["A short one.", "Another."];

        Assert.Equal(sentences, ArticleSentences.TrimToBudget(sentences, maxTokens: 200));
    }

    [Fact]
    public void TrimToBudget_FirstSentenceOverBudget_CutsItAtAWord()
    {
        var giant = string.Join(" ", Enumerable.Repeat("word", 500));

        var kept = Assert.Single(ArticleSentences.TrimToBudget([giant, "Next."], maxTokens: 10));

        Assert.InRange(kept.Length, 30, 40);
        Assert.EndsWith("word", kept, StringComparison.Ordinal);
    }
}
