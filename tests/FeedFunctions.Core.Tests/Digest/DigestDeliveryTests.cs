using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using FeedFunctions.Core.Tests.Email;
using FeedFunctions.Digest;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using FeedFunctions.Storage.Digest;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Digest;

[Collection(SmtpCollection.Name)]
public sealed class DigestDeliveryTests(Smtp4devFixture smtp, AzuriteFixture azurite)
{
    // 07:59 in Tokyo (UTC+9) on 2026-11-28.
    private static readonly DateTimeOffset BeforeTokyoEight = new(2026, 11, 27, 22, 59, 0, TimeSpan.Zero);

    private static async Task<Subscriber> AddSubscriberAsync(DigestTestServices services, string address, CancellationToken ct, string[]? topics = null)
    {
        var subscriber = new Subscriber
        {
            Id = Subscriber.IdFor(address),
            Email = address,
            Topics = topics ?? [],
            Preferences = new DigestPreferences { TimeZone = "Asia/Tokyo", DeliveryTime = new TimeOnly(8, 0) },
            Status = SubscriberStatus.Active,
        };
        await services.Get<ISubscriberStore>().SaveAsync(subscriber, ct);
        return subscriber;
    }

    private static async Task<List<DigestMessage>> DrainQueueAsync(DigestTestServices services, CancellationToken ct)
    {
        QueueClient queue = await services.Get<StorageInitializer>().QueueAsync(QueueNames.DigestSend, ct);
        var messages = await queue.ReceiveMessagesAsync(32, cancellationToken: ct);
        return [.. messages.Value.Select(m => System.Text.Json.JsonSerializer.Deserialize<DigestMessage>(m.Body.ToString(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!)];
    }

    [Fact]
    public async Task QueueDueAsync_SubscriberInTokyo_DueAtEightLocalAndDigestArrives()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, BeforeTokyoEight);
        var address = DigestTestServices.NewAddress("tokyo");
        var subscriber = await AddSubscriberAsync(services, address, ct);
        await services.AddArticleAsync("aa02", "Trilateral talks resume", "https://example.org/talks", BeforeTokyoEight.AddHours(-3), "world", ["Diplomacy"], ct);
        var scheduler = services.Get<DigestScheduler>();

        Assert.Equal(0, await scheduler.QueueDueAsync(ct));
        services.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await scheduler.QueueDueAsync(ct));

        var message = Assert.Single(await DrainQueueAsync(services, ct));
        Assert.Equal(new DigestMessage(subscriber.Id, "2026-11-28"), message);
        Assert.Equal(DispatchOutcome.Sent, await services.Get<DigestDispatcher>().DispatchAsync(message, ct));

        var received = await smtp.WaitForMessageToAsync(address, TimeSpan.FromSeconds(30), ct);
        var raw = await smtp.GetRawAsync(received.GetProperty("id").GetString()!, ct);
        var text = DigestTestServices.Parse(raw, ct).TextBody ?? "";
        Assert.Contains("Trilateral talks resume", text);
        // Times in the subscriber's zone: 19:59 UTC is 04:59 the next day in Tokyo.
        Assert.Contains("Sat 28 Nov, 04:59", text);
        Assert.Contains("Tokyo time", text);
        // The "view in browser" link names this digest, and the digest it shows was archived before sending.
        var view = new Uri(Regex.Match(text, @"View in browser: (\S+)").Groups[1].Value);
        Assert.Equal((subscriber.Id, "2026-11-28"), services.Get<SubscriptionLinks>().ReadViewDigest(Uri.UnescapeDataString(view.Query["?token=".Length..])));
        var archived = await services.Get<DigestArchive>().GetAsync(subscriber.Id, "2026-11-28", ct);
        Assert.Equal(["Trilateral talks resume"], archived!.Content.Sections.SelectMany(s => s.Stories).Select(s => s.Title));
        Assert.Equal("Asia/Tokyo", archived.TimeZone);
        Assert.Equal(services.Clock.GetUtcNow(), (await services.Get<ISubscriberStore>().GetAsync(subscriber.Id, ct))!.LastDigestAt);
        // Sent and logged: the next tick in the same period queues nothing.
        services.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(0, await scheduler.QueueDueAsync(ct));
    }

    [Fact]
    public async Task DispatchAsync_RetriedAndRunTwiceForSamePeriod_OneDigest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, BeforeTokyoEight.AddMinutes(1));
        var address = DigestTestServices.NewAddress("twice");
        var subscriber = await AddSubscriberAsync(services, address, ct);
        await services.AddArticleAsync("aa03", "Markets calm", "https://example.org/markets", BeforeTokyoEight.AddHours(-1), "business", ["Markets"], ct);
        var dispatcher = services.Get<DigestDispatcher>();
        var message = new DigestMessage(subscriber.Id, "2026-11-28");

        var outcomes = await Task.WhenAll(dispatcher.DispatchAsync(message, ct), dispatcher.DispatchAsync(message, ct));
        var retry = await dispatcher.DispatchAsync(message, ct);

        Assert.Equal([DispatchOutcome.Sent, DispatchOutcome.AlreadyHandled], outcomes.Order());
        Assert.Equal(DispatchOutcome.AlreadyHandled, retry);
        Assert.Equal(DigestLogStatus.Sent, (await services.Get<DigestLog>().GetAsync(subscriber.Id, "2026-11-28", ct))!.Status);
        await services.FlushMailAsync(smtp, address, ct);
        Assert.Single(await DigestTestServices.MessagesToAsync(smtp, address, ct));
    }

    [Fact]
    public async Task DispatchAsync_NoStoriesInPeriod_EmptyAndNoMail()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, BeforeTokyoEight.AddMinutes(1));
        var address = DigestTestServices.NewAddress("empty");
        var subscriber = await AddSubscriberAsync(services, address, ct, ["nothing-about-this"]);
        await services.AddArticleAsync("aa04", "Unrelated story", "https://example.org/unrelated", BeforeTokyoEight.AddHours(-1), "world", ["Other"], ct);

        Assert.Equal(DispatchOutcome.Empty, await services.Get<DigestDispatcher>().DispatchAsync(new(subscriber.Id, "2026-11-28"), ct));
        Assert.Equal(0, await services.Get<DigestScheduler>().QueueDueAsync(ct));
        await services.FlushMailAsync(smtp, address, ct);
        Assert.Empty(await DigestTestServices.MessagesToAsync(smtp, address, ct));
        Assert.Null((await services.Get<ISubscriberStore>().GetAsync(subscriber.Id, ct))!.LastDigestAt);
    }

    [Fact]
    public async Task UnsubscribeAsync_OneClickToken_UnsubscribedAndNoFurtherDigests()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, BeforeTokyoEight.AddMinutes(1));
        var address = DigestTestServices.NewAddress("leave");
        var subscriber = await AddSubscriberAsync(services, address, ct);
        await services.AddArticleAsync("aa05", "Election called", "https://example.org/election", BeforeTokyoEight.AddHours(-1), "politics", ["Election"], ct);
        var oneClick = services.Get<SubscriptionLinks>().OneClickUnsubscribe(subscriber.Id);
        Assert.StartsWith(DigestTestServices.PublicBase + "api/subscriptions/unsubscribe?token=", oneClick.AbsoluteUri);
        var token = Uri.UnescapeDataString(oneClick.Query["?token=".Length..]);

        Assert.IsType<SubscriptionResult.Accepted>(await services.Get<SubscriptionService>().UnsubscribeAsync(token, ct));
        Assert.IsType<SubscriptionResult.Accepted>(await services.Get<SubscriptionService>().UnsubscribeAsync(token, ct));

        Assert.Equal(SubscriberStatus.Unsubscribed, (await services.Get<ISubscriberStore>().GetAsync(subscriber.Id, ct))!.Status);
        Assert.Equal(0, await services.Get<DigestScheduler>().QueueDueAsync(ct));
        Assert.Equal(DispatchOutcome.NotActive, await services.Get<DigestDispatcher>().DispatchAsync(new(subscriber.Id, "2026-11-28"), ct));
        await services.FlushMailAsync(smtp, address, ct);
        Assert.Empty(await DigestTestServices.MessagesToAsync(smtp, address, ct));
    }

    [Fact]
    public async Task DispatchAsync_SmtpDown_ThrowsAndReleasesClaimForRetry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, FreePort.Next(), BeforeTokyoEight.AddMinutes(1));
        var subscriber = await AddSubscriberAsync(services, DigestTestServices.NewAddress("down"), ct);
        await services.AddArticleAsync("aa06", "Storm warning", "https://example.org/storm", BeforeTokyoEight.AddHours(-1), "world", ["Weather"], ct);

        var error = await Assert.ThrowsAsync<DigestDeliveryException>(() => services.Get<DigestDispatcher>().DispatchAsync(new(subscriber.Id, "2026-11-28"), ct));

        Assert.StartsWith("digest: ", error.Message);
        Assert.Null(await services.Get<DigestLog>().GetAsync(subscriber.Id, "2026-11-28", ct));
    }
}
