namespace FeedFunctions.Feeds;

/// <summary>What the summarizer and tagger made of one article.</summary>
public sealed record ArticleAnalysis
{
    /// <summary>A one-line summary, never cut: the extractive analyzer's lede itself; an LLM's own headline.</summary>
    public required string Headline { get; init; }
    /// <summary>The one-sentence summary: a complete sentence of at most about 35 words, never cut with "…".</summary>
    /// <remarks>Empty in analyses stored before it existed; <see cref="LedeOrFirstSentence"/> falls back for those.</remarks>
    public string Lede { get; init; } = "";
    /// <summary>The summary sentences, in article order.</summary>
    public required IReadOnlyList<SummarySentence> Summary { get; init; }
    /// <summary>Three to five key points: whole sentences, never cut.</summary>
    public IReadOnlyList<string> Bullets { get; init; } = [];
    /// <summary>Ranked tags: keyphrases and named entities, canonicalised.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }
    /// <summary>One top-level category from <see cref="Categories"/>.</summary>
    public string Category { get; init; } = Categories.World;
    /// <summary>ISO 639-1 code of the article's language, when identified.</summary>
    public string? Language { get; init; }
    /// <summary>"extractive" or "llm".</summary>
    public string Method { get; init; } = "extractive";

    public string SummaryText => string.Join(" ", Summary.Select(s => s.Text));

    /// <summary>The lede, or for analyses stored before ledes existed, the first summary sentence.</summary>
    public string LedeOrFirstSentence => Lede.Length > 0 ? Lede : Summary.Count > 0 ? Summary[0].Text : Headline;
}

/// <summary>A summary sentence; <paramref name="SourceIndex"/> is its sentence index in the article, or null when generated.</summary>
public sealed record SummarySentence(string Text, int? SourceIndex);

/// <summary>A topic tag.</summary>
public sealed record Tag(string Name, TagKind Kind, double Score)
{
    /// <summary>The tag as used in URLs and table keys: lowercase, words joined by '-'.</summary>
    public string Slug => TagSlug.From(Name);
}

public enum TagKind { Keyphrase, Person, Place, Organization, Other }
