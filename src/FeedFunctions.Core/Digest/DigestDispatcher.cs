using System.Diagnostics;
using FeedFunctions.Email;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Storage.Digest;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Digest;

/// <summary>The SendDigest queue trigger's work: sends one subscriber's digest for one period, at most once.</summary>
public sealed partial class DigestDispatcher(
    ISubscriberStore subscribers,
    DigestLog log,
    DigestBuilder builder,
    DigestEmailComposer composer,
    DigestArchive archive,
    SubscriptionLinks links,
    IEmailSender sender,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    FeedFunctionsTelemetry telemetry,
    ILogger<DigestDispatcher> logger)
{
    /// <summary>Builds and sends the digest; throws <see cref="DigestDeliveryException"/> when a retry may succeed.</summary>
    public async Task<DispatchOutcome> DispatchAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        var subscriber = await subscribers.GetAsync(message.SubscriberId, cancellationToken);
        if (subscriber is not { Status: SubscriberStatus.Active }) return DispatchOutcome.NotActive;

        // The insert is the lock: of two runs for the same period only one gets the row (409 for the other).
        if (!await log.TryClaimAsync(subscriber.Id, message.Period, cancellationToken))
        {
            AlreadyHandled(logger, subscriber.Id, message.Period);
            return DispatchOutcome.AlreadyHandled;
        }

        var attempt = new Attempt();
        try
        {
            return await SendClaimedAsync(subscriber, message.Period, attempt, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !attempt.HandedToServer)
        {
            // Nothing was sent: free the period for the queue's retry. A cancellation while the server had the
            // message keeps the claim, since the server may have accepted it (at most once).
            await log.ReleaseAsync(subscriber.Id, message.Period, CancellationToken.None);
            throw;
        }
    }

    private async Task<DispatchOutcome> SendClaimedAsync(Subscriber subscriber, string period, Attempt attempt, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow();
        var since = subscriber.LastDigestAt ?? until - DeliverySchedule.Length(subscriber.Preferences);
        var digest = await builder.BuildAsync(subscriber, since, until, cancellationToken);
        if (digest.IsEmpty)
        {
            await log.CompleteAsync(subscriber.Id, period, DigestLogStatus.Empty, null, cancellationToken);
            return DispatchOutcome.Empty;
        }

        // Archived before sending, so the "view in browser" link in the email works as soon as the email arrives.
        var issue = composer.Issue(subscriber, digest);
        await archive.SaveAsync(subscriber.Id, period, issue, cancellationToken);
        var email = composer.Compose(subscriber, issue, new DigestEmailLinks(
            links.OneClickUnsubscribe(subscriber.Id), links.UnsubscribePage(subscriber.Id), links.Preferences(subscriber.Id), links.ViewDigest(subscriber.Id, period)));
        attempt.HandedToServer = true;
        EmailSendResult result;
        using (var activity = telemetry.StartActivity("send"))
        {
            activity?.SetTag("feedfunctions.subscriber.id", subscriber.Id);
            activity?.SetTag("feedfunctions.digest.period", period);
            result = await sender.SendAsync(email, cancellationToken);
            if (result is not EmailSendResult.Sent) activity?.SetStatus(ActivityStatusCode.Error);
        }
        switch (result)
        {
            case EmailSendResult.TransientFailure transient:
                telemetry.Error("email");
                throw new DigestDeliveryException($"digest: sending to {subscriber.Id} for {period} failed, will retry: {transient.Error}");
            case EmailSendResult.PermanentFailure permanent:
                telemetry.Error("email");
                await RecordRefusalAsync(subscriber, period, permanent, cancellationToken);
                return DispatchOutcome.Refused;
        }

        // Sent. From here on nothing may throw into the release path: the email is out. A failure to record it
        // leaves the "sending" row, which blocks a second send for this period (at most once; see docs/digests.md).
        var sent = (EmailSendResult.Sent)result;
        telemetry.EmailSent();
        try
        {
            await log.CompleteAsync(subscriber.Id, period, DigestLogStatus.Sent, sent.MessageId, CancellationToken.None);
            await subscribers.SaveAsync(subscriber with { LastDigestAt = until, ConsecutiveBounces = 0 }, CancellationToken.None);
        }
        catch (Exception ex)
        {
            SentButNotRecorded(logger, ex, subscriber.Id, period);
        }
        DigestSent(logger, subscriber.Id, period, digest.StoryCount);
        return DispatchOutcome.Sent;
    }

    private async Task RecordRefusalAsync(Subscriber subscriber, string period, EmailSendResult.PermanentFailure failure, CancellationToken cancellationToken)
    {
        await log.CompleteAsync(subscriber.Id, period, DigestLogStatus.Failed, failure.Error, cancellationToken);
        if (!failure.RecipientRejected)
        {
            MessageRefused(logger, subscriber.Id, period, failure.Error);
            return;
        }
        var bounces = subscriber.ConsecutiveBounces + 1;
        var paused = bounces >= options.Value.MaxBounces;
        await subscribers.SaveAsync(subscriber with
        {
            ConsecutiveBounces = bounces,
            LastBounce = failure.Error,
            LastBounceAt = clock.GetUtcNow(),
            Status = paused ? SubscriberStatus.Paused : subscriber.Status,
        }, cancellationToken);
        RecipientRefused(logger, subscriber.Id, bounces, paused, failure.Error);
    }

    private sealed class Attempt
    {
        public bool HandedToServer { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Digest for {SubscriberId} period {Period} was sent but could not be recorded")]
    private static partial void SentButNotRecorded(ILogger logger, Exception exception, string subscriberId, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for {SubscriberId} period {Period} already handled")]
    private static partial void AlreadyHandled(ILogger logger, string subscriberId, string period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent digest to {SubscriberId} for {Period} with {StoryCount} stories")]
    private static partial void DigestSent(ILogger logger, string subscriberId, string period, int storyCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail server refused the digest for {SubscriberId} period {Period}: {Error}")]
    private static partial void MessageRefused(ILogger logger, string subscriberId, string period, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipient {SubscriberId} refused ({Bounces} in a row, paused: {Paused}): {Error}")]
    private static partial void RecipientRefused(ILogger logger, string subscriberId, int bounces, bool paused, string error);
}
