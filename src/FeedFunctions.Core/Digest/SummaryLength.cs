namespace FeedFunctions.Digest;

/// <summary>How much of each story's summary a digest shows.</summary>
public enum SummaryLength { Headline, ThreeSentences, Bullets }
