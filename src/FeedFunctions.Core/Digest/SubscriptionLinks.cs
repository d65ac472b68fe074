using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>Builds the signed links that go into emails, under Digest:PublicBaseUrl.</summary>
public sealed class SubscriptionLinks(SubscriptionTokens tokens, IOptions<DigestOptions> options)
{
    public Uri Confirm(string subscriberId) =>
        Link("api/subscriptions/confirm", tokens.Create(subscriberId, TokenPurpose.Confirm, options.Value.ConfirmationTokenLifetime));

    /// <summary>The RFC 8058 one-click target: a POST to it unsubscribes, with no cookie and no redirect.</summary>
    public Uri OneClickUnsubscribe(string subscriberId) =>
        Link("api/subscriptions/unsubscribe", UnsubscribeToken(subscriberId));

    /// <summary>The page a person sees: a button that POSTs, so link scanners that follow GETs unsubscribe no one.</summary>
    public Uri UnsubscribePage(string subscriberId) => Link("unsubscribe", UnsubscribeToken(subscriberId));

    public Uri Preferences(string subscriberId) =>
        Link("preferences", tokens.Create(subscriberId, TokenPurpose.Preferences, options.Value.ManageTokenLifetime));

    /// <summary>The "view in browser" page of one digest: the same address for as long as the manage links work.</summary>
    public Uri ViewDigest(string subscriberId, string period) =>
        Link("digest", tokens.Create(DigestSubject(subscriberId, period), TokenPurpose.ViewDigest, options.Value.ManageTokenLifetime));

    /// <summary>The subscriber and period a "view in browser" token was signed for, or null.</summary>
    public (string SubscriberId, string Period)? ReadViewDigest(string? token) =>
        tokens.Validate(token, TokenPurpose.ViewDigest) is { } subject && subject.Split('/') is [{ Length: > 0 } id, { Length: > 0 } period]
            ? (id, period)
            : null;

    // Subscriber ids are hex and period keys ("2026-W48", "2026-11-28T06:00") have no '/', so the pair splits back exactly.
    private static string DigestSubject(string subscriberId, string period) => subscriberId + "/" + period;

    private string UnsubscribeToken(string subscriberId) =>
        tokens.Create(subscriberId, TokenPurpose.Unsubscribe, options.Value.ManageTokenLifetime);

    private Uri Link(string path, string token) =>
        new(options.Value.PublicBase, path + "?token=" + Uri.EscapeDataString(token));
}
