using FeedFunctions.Email;
using FeedFunctions.Storage;
using FeedFunctions.Storage.Digest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>Double opt-in subscriptions: subscribe, confirm, unsubscribe and preferences, all through signed links.</summary>
public sealed partial class SubscriptionService(
    ISubscriberStore subscribers,
    SubscriptionTokens tokens,
    ConfirmationEmailComposer composer,
    IEmailSender sender,
    SubscribeRateLimiter limiter,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<SubscriptionService> logger)
{
    /// <summary>Sends a confirmation link (or, to an active subscriber, a preferences link); the result never says which.</summary>
    public async Task<SubscriptionResult> SubscribeAsync(string? email, SubscriptionSelection selection, string clientKey, CancellationToken cancellationToken)
    {
        var address = SubscriptionValidator.NormalizeEmail(email);
        var (normalized, errors) = SubscriptionValidator.Normalize(selection);
        if (address is null) errors["email"] = [SubscriptionValidator.EmailProblem(email) ?? SubscriptionValidator.EmailError];
        if (errors.Count > 0) return new SubscriptionResult.Invalid(errors);

        var digest = options.Value;
        if (!await limiter.TryAcquireAsync("client:" + clientKey, digest.SubscribeRatePerClient, digest.SubscribeRateWindow, cancellationToken))
        {
            return new SubscriptionResult.TooManyRequests(digest.SubscribeRateWindow);
        }
        // Over the per-address limit the answer stays Accepted: a different answer would tell a stranger the address was asked for.
        if (!await limiter.TryAcquireAsync("address:" + address, digest.SubscribeRatePerAddress, digest.SubscribeRateWindow, cancellationToken))
        {
            AddressRateLimited(logger, Subscriber.IdFor(address!));
            return new SubscriptionResult.Accepted();
        }

        var existing = await subscribers.FindByEmailAsync(address!, cancellationToken);
        if (existing is { Status: SubscriberStatus.Active })
        {
            // Preferences change only through a signed link, so a stranger cannot rewrite someone's subscription.
            return await SendAsync(composer.AlreadySubscribed(existing), cancellationToken);
        }
        var pending = (existing ?? new Subscriber { Id = Subscriber.IdFor(address!), Email = address!, CreatedAt = clock.GetUtcNow() }) with
        {
            Topics = normalized.Topics,
            Categories = normalized.Categories,
            FeedIds = normalized.FeedIds,
            Preferences = normalized.Preferences,
            Status = SubscriberStatus.Pending,
        };
        await subscribers.SaveAsync(pending, cancellationToken);
        return await SendAsync(await composer.ConfirmationAsync(pending, cancellationToken), cancellationToken);
    }

    /// <summary>Activates a pending subscriber; confirming twice is fine, confirming after unsubscribing is not.</summary>
    public async Task<SubscriptionResult> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await FromTokenAsync(token, TokenPurpose.Confirm, cancellationToken);
        switch (subscriber?.Status)
        {
            case SubscriberStatus.Active:
                return new SubscriptionResult.Accepted();
            case SubscriberStatus.Pending:
                await subscribers.SaveAsync(subscriber with { Status = SubscriberStatus.Active, ConfirmedAt = clock.GetUtcNow(), ConsecutiveBounces = 0 }, cancellationToken);
                Confirmed(logger, subscriber.Id);
                return new SubscriptionResult.Accepted();
            default:
                return new SubscriptionResult.InvalidToken();
        }
    }

    /// <summary>Stops every digest for the token's subscriber; idempotent.</summary>
    public async Task<SubscriptionResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var id = tokens.Validate(token, TokenPurpose.Unsubscribe);
        if (id is null) return new SubscriptionResult.InvalidToken();
        var subscriber = await subscribers.GetAsync(id, cancellationToken);
        if (subscriber is not null && subscriber.Status != SubscriberStatus.Unsubscribed)
        {
            await subscribers.SaveAsync(subscriber with { Status = SubscriberStatus.Unsubscribed }, cancellationToken);
            Unsubscribed(logger, id);
        }
        return new SubscriptionResult.Accepted();
    }

    /// <summary>The subscriber a confirmation token belongs to, whatever their state, or null: the confirm page says what they asked for.</summary>
    public Task<Subscriber?> GetByConfirmTokenAsync(string? token, CancellationToken cancellationToken) =>
        FromTokenAsync(token, TokenPurpose.Confirm, cancellationToken);

    /// <summary>The subscriber a preferences token belongs to, or null.</summary>
    public Task<Subscriber?> GetPreferencesAsync(string? token, CancellationToken cancellationToken) =>
        FromTokenAsync(token, TokenPurpose.Preferences, cancellationToken);

    public async Task<SubscriptionResult> UpdatePreferencesAsync(string? token, SubscriptionSelection selection, CancellationToken cancellationToken)
    {
        var subscriber = await FromTokenAsync(token, TokenPurpose.Preferences, cancellationToken);
        if (subscriber is null) return new SubscriptionResult.InvalidToken();
        var (normalized, errors) = SubscriptionValidator.Normalize(selection);
        if (errors.Count > 0) return new SubscriptionResult.Invalid(errors);
        await subscribers.SaveAsync(subscriber with
        {
            Topics = normalized.Topics,
            Categories = normalized.Categories,
            FeedIds = normalized.FeedIds,
            Preferences = normalized.Preferences,
        }, cancellationToken);
        return new SubscriptionResult.Accepted();
    }

    private async Task<Subscriber?> FromTokenAsync(string? token, TokenPurpose purpose, CancellationToken cancellationToken) =>
        tokens.Validate(token, purpose) is { } id ? await subscribers.GetAsync(id, cancellationToken) : null;

    private async Task<SubscriptionResult> SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken) =>
        await sender.SendAsync(message, cancellationToken) switch
        {
            EmailSendResult.TransientFailure failure => new SubscriptionResult.Unavailable(failure.Error),
            // A refused address gets the same answer as any other, for the same privacy reason.
            _ => new SubscriptionResult.Accepted(),
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribe requests for {SubscriberId} over the per-address limit; no email sent")]
    private static partial void AddressRateLimited(ILogger logger, string subscriberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscriber {SubscriberId} confirmed")]
    private static partial void Confirmed(ILogger logger, string subscriberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscriber {SubscriberId} unsubscribed")]
    private static partial void Unsubscribed(ILogger logger, string subscriberId);
}
