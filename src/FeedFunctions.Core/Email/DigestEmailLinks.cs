namespace FeedFunctions.Email;

/// <summary>The per-subscriber links every digest carries; <paramref name="ViewInBrowser"/> is null on the page it points to.</summary>
public sealed record DigestEmailLinks(Uri OneClickUnsubscribe, Uri UnsubscribePage, Uri Preferences, Uri? ViewInBrowser);
