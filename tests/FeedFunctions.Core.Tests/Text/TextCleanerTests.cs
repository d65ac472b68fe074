using FeedFunctions.Text;

namespace FeedFunctions.Core.Tests.Text;

public sealed class TextCleanerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "By . Daily Mail Reporter . PUBLISHED: 12:01 EST, 1 May 2013 . | . UPDATED: 12:30 EST, 1 May 2013 . The story begins here.", "The story begins here." },
        { "(CNN) -- The president spoke on Monday.", "The president spoke on Monday." },
        { "WASHINGTON (Reuters) - The Senate voted on Tuesday.", "The Senate voted on Tuesday." },
        { "<p>Hello <b>world</b>.</p><p>Second &amp; last.</p>", "Hello world.\n\nSecond & last." },
        { "The article ends here.\n\nComments are closed.", "The article ends here." },
        { "By John Smith\nThe text starts.", "The text starts." },
        { "The storm hit the coast. Scroll down for video. Residents fled.", "The storm hit the coast. Residents fled." },
        { "Scroll down for video\n\nThe storm hit the coast.", "The storm hit the coast." },
        { "The minister arrived (Photo: Jane Doe/Getty Images) in the morning.", "The minister arrived in the morning." },
        { "Photo credit: Jane Doe\nThe storm hit the coast.", "The storm hit the coast." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Clean_Boilerplate_IsRemoved(string text, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(text));
    }

    [Fact]
    public void Tokenize_PossessiveAndAcronym_AreNormalised()
    {
        var tokens = Tokenizer.Tokenize("Kim Jong-un's U.S. visit cost $1.5bn.");

        Assert.Equal(["Kim", "Jong-un", "U.S.", "visit", "cost", "1.5", "bn"], tokens.Select(t => t.Text));
    }
}
