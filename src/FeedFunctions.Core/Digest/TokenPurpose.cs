namespace FeedFunctions.Digest;

/// <summary>What a signed link may do; a token signed for one purpose is refused for every other.</summary>
public enum TokenPurpose { Confirm, Unsubscribe, Preferences, ViewDigest }
