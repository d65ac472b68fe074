using FeedFunctions.Text;

namespace FeedFunctions.Summaries;

/// <summary>An article cut into prepared sentences, with its language and the stems of its title.</summary>
public sealed record PreparedArticle(
    string? Title,
    IReadOnlyList<PreparedSentence> Sentences,
    IReadOnlySet<string> TitleStems,
    LanguageProfile Language,
    string? LanguageCode,
    Stemmer Stemmer);
