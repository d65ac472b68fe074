using FeedFunctions.Core.Tests.Digest;
using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Storage;
using FeedFunctions.Storage.Digest;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Email;

public sealed class BounceTests(RejectingSmtp4devFixture smtp, AzuriteFixture azurite) : IClassFixture<RejectingSmtp4devFixture>
{
    // 08:01 UTC on 2026-11-28, one minute after a UTC subscriber's delivery time.
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 1, 0, TimeSpan.Zero);

    [Fact]
    public async Task DispatchAsync_RecipientRefusedTwice_RecordedThenPaused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now, new() { ["Digest:MaxBounces"] = "2" });
        var address = DigestTestServices.NewAddress("bounce");
        var subscriber = new Subscriber { Id = Subscriber.IdFor(address), Email = address, Status = SubscriberStatus.Active };
        var store = services.Get<ISubscriberStore>();
        await store.SaveAsync(subscriber, ct);
        await services.AddArticleAsync("ab01", "Bridge reopens", "https://example.org/bridge", Now.AddHours(-2), "world", ["Transport"], ct);
        var dispatcher = services.Get<DigestDispatcher>();

        Assert.Equal(DispatchOutcome.Refused, await dispatcher.DispatchAsync(new(subscriber.Id, "2026-11-27"), ct));
        var once = await store.GetAsync(subscriber.Id, ct);
        Assert.Equal((1, SubscriberStatus.Active), (once!.ConsecutiveBounces, once.Status));
        Assert.StartsWith("smtp: 550", once.LastBounce);
        Assert.Equal(DigestLogStatus.Failed, (await services.Get<DigestLog>().GetAsync(subscriber.Id, "2026-11-27", ct))!.Status);

        Assert.Equal(DispatchOutcome.Refused, await dispatcher.DispatchAsync(new(subscriber.Id, "2026-11-28"), ct));
        var twice = await store.GetAsync(subscriber.Id, ct);
        Assert.Equal((2, SubscriberStatus.Paused), (twice!.ConsecutiveBounces, twice.Status));
        Assert.Equal(0, await services.Get<DigestScheduler>().QueueDueAsync(ct));
    }

    [Fact]
    public async Task SendAsync_UnknownRecipient_PermanentFailureBlamingRecipient()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        var message = services.Get<EmailMessageFactory>().Create(DigestTestServices.NewAddress("bounce"), "Hello", "text", "<p>html</p>");

        var failure = Assert.IsType<EmailSendResult.PermanentFailure>(await services.Get<IEmailSender>().SendAsync(message, ct));

        Assert.Equal(550, failure.StatusCode);
        Assert.True(failure.RecipientRejected);
    }
}
