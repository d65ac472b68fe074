using FeedFunctions.Text;

namespace FeedFunctions.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // Titles and months are abbreviations, not sentence ends.
        { "Mr. Smith went to Washington. He arrived on Jan. 5 with Dr. Jones.", ["Mr. Smith went to Washington.", "He arrived on Jan. 5 with Dr. Jones."] },
        // Dotted acronyms and decimals stay inside a sentence.
        { "The U.S. economy grew 3.5% last year. Analysts were surprised.", ["The U.S. economy grew 3.5% last year.", "Analysts were surprised."] },
        // A sentence that ends in an acronym still ends when a usual sentence opener follows.
        { "He moved to the U.S. The move was costly.", ["He moved to the U.S.", "The move was costly."] },
        // Initials in names.
        { "John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."] },
        // Quotations: the closing quote belongs to the sentence; a lower-case reporting verb does not start one.
        { "\"It was respectable,\" he said. \"We are happy.\" Shares rose.", ["\"It was respectable,\" he said.", "\"We are happy.\"", "Shares rose."] },
        { "\"Is it over?\" she asked.", ["\"Is it over?\" she asked."] },
        // Latin abbreviations.
        { "Fruits, e.g. apples, are sold. Prices fell.", ["Fruits, e.g. apples, are sold.", "Prices fell."] },
        // Paragraphs always end a sentence, even without punctuation (headings).
        { "A heading\n\nBody text here.", ["A heading", "Body text here."] },
        // Wrapped, indented lines continue the sentence.
        { "A long line that\n\twraps here. Next one.", ["A long line that wraps here.", "Next one."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Text_ReturnsExpectedSentences(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences.Select(s => s.Text));
        Assert.Equal(Enumerable.Range(0, expected.Length), sentences.Select(s => s.Index));
    }

    [Fact]
    public void Split_Paragraphs_NumbersParagraphs()
    {
        var sentences = SentenceSplitter.Split("One. Two.\n\nThree.");

        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
