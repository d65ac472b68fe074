using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Summaries;

/// <summary>Settings of the local extractive summarizer and tagger.</summary>
public sealed class SummariesOptions
{
    public const string Section = "Summaries";

    /// <summary>Sentences in a summary when the request does not say.</summary>
    [Range(1, 10)]
    public int SentenceCount { get; set; } = 3;

    /// <summary>ISO 639-1 codes the language identifier chooses among (each costs memory).</summary>
    [MinLength(1)]
    public string[] Languages { get; set; } = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"];

    /// <summary>The most tags an article gets.</summary>
    [Range(5, 30)]
    public int MaxTags { get; set; } = 10;

    /// <summary>Whether the summarizer also ranks sentences by all-MiniLM-L6-v2 embeddings (much slower; about 0.34 GB more memory).</summary>
    public bool UseEmbeddings { get; set; }
}
