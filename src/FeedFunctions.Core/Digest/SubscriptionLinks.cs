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

    private string UnsubscribeToken(string subscriberId) =>
        tokens.Create(subscriberId, TokenPurpose.Unsubscribe, options.Value.ManageTokenLifetime);

    private Uri Link(string path, string token) =>
        new(options.Value.PublicBase, path + "?token=" + Uri.EscapeDataString(token));
}
