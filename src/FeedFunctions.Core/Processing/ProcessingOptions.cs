using System.ComponentModel.DataAnnotations;

namespace FeedFunctions.Processing;

/// <summary>How articles are processed after they are stored.</summary>
public sealed class ProcessingOptions
{
    public const string Section = "Processing";

    /// <summary>Sentences in the stored summary.</summary>
    [Range(1, 10)]
    public int SummarySentences { get; set; } = 3;

    /// <summary>Fetch the article page when the feed gave only a teaser.</summary>
    public bool FetchFullText { get; set; } = true;
}
