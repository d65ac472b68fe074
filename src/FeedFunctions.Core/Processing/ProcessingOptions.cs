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

    /// <summary>Articles of one fetch per article-process message: their rows are read and written together, in entity-group batches.</summary>
    [Range(1, 100)]
    public int ArticlesPerMessage { get; set; } = 25;

    /// <summary>Articles of one message analyzed at once (the LLM path waits on the network; the local analyzer uses the cores).</summary>
    [Range(1, 64)]
    public int MaxParallelism { get; set; } = 4;
}
