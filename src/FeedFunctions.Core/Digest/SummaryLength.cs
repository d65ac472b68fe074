namespace FeedFunctions.Digest;

/// <summary>How much of each story's summary a digest shows.</summary>
/// <remarks>Stored as numbers in subscriber rows: add new values at the end only.</remarks>
public enum SummaryLength
{
    /// <summary>Read as <see cref="OneSentence"/>: kept so that preferences stored before ledes existed still load.</summary>
    Headline,
    ThreeSentences,
    /// <summary>The key points.</summary>
    Bullets,
    /// <summary>The one-sentence lede: the default.</summary>
    OneSentence,
}
