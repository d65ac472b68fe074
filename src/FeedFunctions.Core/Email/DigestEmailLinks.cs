namespace FeedFunctions.Email;

/// <summary>The per-subscriber links every digest carries.</summary>
public sealed record DigestEmailLinks(Uri OneClickUnsubscribe, Uri UnsubscribePage, Uri Preferences);
