namespace FeedFunctions.Stories;

/// <summary>What a reader sees of a story: its label, a short summary quoted from its members, and its sources.</summary>
public sealed record StoryOverview(string Label, string LabelArticleKey, IReadOnlyList<StorySentence> Summary, IReadOnlyList<string> Sources);

/// <summary>A summary sentence, quoted verbatim from the member <paramref name="ArticleKey"/>.</summary>
public sealed record StorySentence(string Text, string ArticleKey);
