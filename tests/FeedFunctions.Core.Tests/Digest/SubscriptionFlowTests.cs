using System.Text.RegularExpressions;
using FeedFunctions.Core.Tests.Email;
using FeedFunctions.Digest;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Digest;

[Collection(SmtpCollection.Name)]
public sealed partial class SubscriptionFlowTests(Smtp4devFixture smtp, AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);
    private static readonly SubscriptionSelection Selection = new() { Topics = ["Diplomacy"], Categories = ["world"] };

    [GeneratedRegex(@"https://news\.example\.test/api/subscriptions/confirm\?token=[A-Za-z0-9_\-.%]+")]
    private static partial Regex ConfirmLink();

    private async Task<string> ReadConfirmLinkAsync(string address, CancellationToken ct)
    {
        var received = await smtp.WaitForMessageToAsync(address, TimeSpan.FromSeconds(30), ct);
        var raw = await smtp.GetRawAsync(received.GetProperty("id").GetString()!, ct);
        return ConfirmLink().Match(DigestTestServices.Parse(raw, ct).TextBody ?? "").Value;
    }

    [Fact]
    public async Task SubscribeAsync_ThenConfirmLinkFromMail_ActiveAndNothingElseSentBefore()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        var address = DigestTestServices.NewAddress("flow");
        var subscriptions = services.Get<SubscriptionService>();

        Assert.IsType<SubscriptionResult.Accepted>(await subscriptions.SubscribeAsync(address, Selection, "client-1", ct));
        var link = await ReadConfirmLinkAsync(address, ct);
        Assert.NotEmpty(link);
        var pending = await services.Get<ISubscriberStore>().FindByEmailAsync(address, ct);
        Assert.Equal(SubscriberStatus.Pending, pending!.Status);
        Assert.Equal(["diplomacy"], pending.Topics);

        // Pending at delivery time: nothing is queued and a stray message sends nothing.
        await services.AddArticleAsync("aa01", "Talks resume", "https://example.org/talks", Now.AddHours(-1), "world", ["Diplomacy"], ct);
        services.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await services.Get<DigestScheduler>().QueueDueAsync(ct));
        Assert.Equal(DispatchOutcome.NotActive, await services.Get<DigestDispatcher>().DispatchAsync(new(pending.Id, "2026-11-28"), ct));
        await services.FlushMailAsync(smtp, address, ct);
        Assert.Single(await DigestTestServices.MessagesToAsync(smtp, address, ct));

        var token = Uri.UnescapeDataString(new Uri(link).Query["?token=".Length..]);
        Assert.IsType<SubscriptionResult.Accepted>(await subscriptions.ConfirmAsync(token, ct));
        var active = await services.Get<ISubscriberStore>().FindByEmailAsync(address, ct);
        Assert.Equal(SubscriberStatus.Active, active!.Status);
        Assert.Equal(services.Clock.GetUtcNow(), active.ConfirmedAt);
    }

    [Fact]
    public async Task ConfirmAsync_ExpiredOrForgedToken_InvalidTokenAndStillPending()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        var address = DigestTestServices.NewAddress("expired");
        var subscriptions = services.Get<SubscriptionService>();
        await subscriptions.SubscribeAsync(address, Selection, "client-2", ct);
        var token = Uri.UnescapeDataString(new Uri(await ReadConfirmLinkAsync(address, ct)).Query["?token=".Length..]);

        Assert.IsType<SubscriptionResult.InvalidToken>(await subscriptions.ConfirmAsync(token + "x", ct));
        services.Clock.Advance(TimeSpan.FromDays(2));
        Assert.IsType<SubscriptionResult.InvalidToken>(await subscriptions.ConfirmAsync(token, ct));
        Assert.Equal(SubscriberStatus.Pending, (await services.Get<ISubscriberStore>().FindByEmailAsync(address, ct))!.Status);
    }

    [Fact]
    public async Task SubscribeAsync_SameAnswerForNewPendingActiveAndRateLimitedAddresses()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now, new() { ["Digest:SubscribeRatePerAddress"] = "2" });
        var subscriptions = services.Get<SubscriptionService>();
        var address = DigestTestServices.NewAddress("repeat");
        var store = services.Get<ISubscriberStore>();
        await store.SaveAsync(new Subscriber { Id = Subscriber.IdFor(address), Email = address, Topics = ["kept"], Status = SubscriberStatus.Active }, ct);

        var answers = new List<SubscriptionResult>();
        for (var i = 0; i < 3; i++) answers.Add(await subscriptions.SubscribeAsync(address, Selection, "client-" + i, ct));

        Assert.All(answers, a => Assert.IsType<SubscriptionResult.Accepted>(a));
        // An active subscriber's choices are not rewritten by a stranger; the owner gets a note with a preferences link.
        Assert.Equal(["kept"], (await store.FindByEmailAsync(address, ct))!.Topics);
        await services.FlushMailAsync(smtp, address, ct);
        var mails = await DigestTestServices.MessagesToAsync(smtp, address, ct);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("You are already subscribed", m.GetProperty("subject").GetString()));
    }

    [Fact]
    public async Task SubscribeAsync_ClientOverLimit_TooManyRequests()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now, new() { ["Digest:SubscribeRatePerClient"] = "1" });
        var subscriptions = services.Get<SubscriptionService>();

        Assert.IsType<SubscriptionResult.Accepted>(await subscriptions.SubscribeAsync(DigestTestServices.NewAddress("c1"), Selection, "10.0.0.1", ct));
        Assert.IsType<SubscriptionResult.TooManyRequests>(await subscriptions.SubscribeAsync(DigestTestServices.NewAddress("c2"), Selection, "10.0.0.1", ct));
        services.Clock.Advance(TimeSpan.FromHours(1));
        Assert.IsType<SubscriptionResult.Accepted>(await subscriptions.SubscribeAsync(DigestTestServices.NewAddress("c3"), Selection, "10.0.0.1", ct));
    }

    [Fact]
    public async Task SubscribeAsync_BadAddressAndCategory_InvalidWithBothFields()
    {
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        var result = await services.Get<SubscriptionService>().SubscribeAsync("not-an-address", new SubscriptionSelection { Categories = ["gossip"] }, "c", TestContext.Current.CancellationToken);
        var invalid = Assert.IsType<SubscriptionResult.Invalid>(result);
        Assert.Equal(["categories", "email"], invalid.Errors.Keys.Order());
    }

    [Fact]
    public async Task UpdatePreferencesAsync_SignedToken_SavesNormalizedChoices()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = DigestTestServices.Create(azurite, smtp.SmtpPort, Now);
        var address = DigestTestServices.NewAddress("prefs");
        var id = Subscriber.IdFor(address);
        await services.Get<ISubscriberStore>().SaveAsync(new Subscriber { Id = id, Email = address }, ct);
        var token = services.Get<SubscriptionTokens>().Create(id, TokenPurpose.Preferences, TimeSpan.FromDays(1));
        var choices = new SubscriptionSelection
        {
            Topics = ["Climate Change"],
            Preferences = new DigestPreferences { Frequency = DigestFrequency.Weekly, TimeZone = "Europe/Berlin", SummaryLength = SummaryLength.Bullets, MaxStories = 5 },
        };

        Assert.IsType<SubscriptionResult.Accepted>(await services.Get<SubscriptionService>().UpdatePreferencesAsync(token, choices, ct));
        Assert.IsType<SubscriptionResult.InvalidToken>(await services.Get<SubscriptionService>().UpdatePreferencesAsync("forged.token", choices, ct));

        var saved = await services.Get<SubscriptionService>().GetPreferencesAsync(token, ct);
        Assert.Equal(["climate-change"], saved!.Topics);
        Assert.Equal(choices.Preferences, saved.Preferences);
    }
}
