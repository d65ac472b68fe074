using System.Net;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using FeedFunctions.Digest;
using FeedFunctions.Queues;
using FeedFunctions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>
/// The fault suite (issue 16, docs/reliability.md): the app's `serve` against its own Azurite, a loopback feed farm
/// and smtp4dev, with one part failing mid-run. Each case ends by counting what storage holds and what the app
/// analyzed and mailed: nothing lost, nothing analyzed twice that storage still recorded as analyzed, counts
/// converged, within the case's deadline; peak memory is reported.
/// </summary>
public sealed class FaultSuiteTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public enum Fault { AzuriteReset, AzuriteRestart, AppKilled, PoisonMessage }

    public enum Moment { Start, MidFetch, MidProcessing }

    public static TheoryData<string, Fault, Moment> Cases => new()
    {
        // Storage replaced by an empty one: serve heals (creates what is missing), /healthz says 503 meanwhile.
        { "azurite-reset-mid-fetch", Fault.AzuriteReset, Moment.MidFetch },
        // Storage SIGKILLed and restarted from its files: the unsaved tail is lost; the sweep recovers the rest.
        { "azurite-restart-mid-fetch", Fault.AzuriteRestart, Moment.MidFetch },
        { "azurite-restart-mid-processing", Fault.AzuriteRestart, Moment.MidProcessing },
        // The app SIGKILLed and started again: its messages come back; nothing recorded is redone.
        { "app-killed-mid-processing", Fault.AppKilled, Moment.MidProcessing },
        // A message no attempt can handle: it goes to the poison queue with its reason, the rest flows past it.
        { "poison-message", Fault.PoisonMessage, Moment.Start },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Pipeline_PartFailsMidRun_NothingLost_NothingRecordedRedone_CountsConverge(string name, Fault fault, Moment moment)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await FaultRig.StartAsync(persistentStorage: fault == Fault.AzuriteRestart, withSmtp: false, ct);
        await rig.StartServeAsync(ct);
        await WaitForAsync(rig, moment, ct);

        // What storage records as analyzed once the fault is over, and which analyses came after it.
        HashSet<string> recorded;
        var healthDuringOutage = 0;
        switch (fault)
        {
            case Fault.AzuriteReset:
                await rig.Azurite.KillAsync();
                healthDuringOutage = await HealthWithinAsync(rig, HttpStatusCode.ServiceUnavailable, ct);
                await rig.Azurite.StartAgainAsync();
                recorded = [];
                // Every route heals on its own; the operator adds the feeds again through the running app.
                Assert.Equal(HttpStatusCode.OK, (await rig.Http.GetAsync(new Uri(rig.AppUrl, "api/articles"), ct)).StatusCode);
                await ImportFeedsThroughAppAsync(rig, ct);
                break;
            case Fault.AzuriteRestart:
                await rig.Serve.PauseAsync();
                await rig.Azurite.KillAsync();
                await rig.Azurite.StartAgainAsync();
                recorded = (await rig.CountArticlesAsync(ct)).AnalyzedIds;
                await rig.Serve.ResumeAsync();
                break;
            case Fault.AppKilled:
                await rig.KillServeAsync();
                recorded = (await rig.CountArticlesAsync(ct)).AnalyzedIds;
                await rig.StartServeAsync(ct);
                break;
            default:
                await PutPoisonAsync(rig, ct);
                recorded = [];
                break;
        }
        var faultAt = rig.Analyses.Count;

        var took = await rig.WaitUntilAsync(async () =>
        {
            var (stored, analyzed, _) = await rig.CountArticlesAsync(ct);
            return stored == FaultRig.Articles && analyzed == FaultRig.Articles && (await rig.FeedCountsAsync(ct)).All(c => c == FaultRig.Items);
        }, Deadline, "every article stored and analyzed, every count converged", ct);

        var after = rig.Analyses.Skip(faultAt).Select(a => a.ArticleId).ToList();
        var redoneRecorded = after.Count(recorded.Contains);
        var twiceAfter = after.Count - after.Distinct().Count();
        var redoneLost = rig.Analyses.Take(faultAt).Select(a => a.ArticleId).Distinct().Count(after.Contains) - redoneRecorded;
        FaultFigures.Write(name, took, rig.Analyses.Count, redoneLost, rig.PeakMegabytes,
            fault == Fault.AzuriteReset ? $"/healthz during the outage: {healthDuringOutage}" : $"recorded analyzed at the fault: {recorded.Count}");

        Assert.Equal(0, redoneRecorded);
        Assert.Equal(0, twiceAfter);
        if (fault == Fault.AzuriteReset) Assert.Equal(503, healthDuringOutage);
        if (fault == Fault.PoisonMessage) await AssertPoisonedAsync(rig, ct);
        Assert.Equal(HttpStatusCode.OK, (await rig.Http.GetAsync(new Uri(rig.AppUrl, "healthz"), ct)).StatusCode);
    }

    [Fact]
    public async Task Digests_SmtpKilledMidDigest_EverySubscriberMailed_AtMostTheOneInFlightTwice()
    {
        const int subscribers = 20;
        var ct = TestContext.Current.CancellationToken;
        await using var rig = await FaultRig.StartAsync(persistentStorage: false, withSmtp: true, ct);
        // One digest at a time, so the mail server dies between some of them.
        await rig.StartServeAsync(ct, new Dictionary<string, string> { ["Queues__BatchSize"] = "1", ["Queues__NewBatchThreshold"] = "0" });
        await rig.WaitUntilAsync(async () => (await rig.CountArticlesAsync(ct)).Analyzed == FaultRig.Articles, Deadline, "every article analyzed", ct);
        await AddSubscribersAsync(rig, subscribers, ct);

        var smtp = rig.Smtp!;
        await rig.WaitUntilAsync(async () => (await smtp.RecipientsAsync(ct)).Count > 0, Deadline, "a first digest mailed", ct);
        await smtp.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // a few sends meet a closed port and are retried
        await smtp.StartAgainAsync();

        var took = await rig.WaitUntilAsync(async () => (await smtp.RecipientsAsync(ct)).Distinct().Count() == subscribers, Deadline, "every subscriber mailed", ct);
        await Task.Delay(TimeSpan.FromSeconds(4), ct); // two more timer ticks: nothing more may be sent
        var recipients = await smtp.RecipientsAsync(ct);
        var duplicates = recipients.Count - recipients.Distinct().Count();
        FaultFigures.Write("smtp4dev-killed-mid-digest", took, rig.Analyses.Count, 0, rig.PeakMegabytes, $"mailed {recipients.Count} to {recipients.Distinct().Count()} subscribers");

        Assert.Equal(subscribers, recipients.Distinct().Count());
        // The one message on the wire when the server died may have been stored and unacknowledged (RFC 1047).
        Assert.InRange(duplicates, 0, 1);
        Assert.Equal(FaultRig.Articles, rig.Analyses.Select(a => a.ArticleId).Distinct().Count());
    }

    private static Task WaitForAsync(FaultRig rig, Moment moment, CancellationToken ct) => moment switch
    {
        Moment.MidFetch => rig.WaitUntilAsync(() => Task.FromResult(rig.Farm.Requests >= 2), Deadline, "fetching", ct),
        Moment.MidProcessing => rig.WaitUntilAsync(() => Task.FromResult(rig.Analyses.Count >= FaultRig.Articles / 3), Deadline, "processing", ct),
        _ => Task.CompletedTask,
    };

    // A probe's result serves for two seconds, so the outage shows within a few.
    private static async Task<int> HealthWithinAsync(FaultRig rig, HttpStatusCode wanted, CancellationToken ct)
    {
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 40 && status != wanted; i++)
        {
            status = (await rig.Http.GetAsync(new Uri(rig.AppUrl, "healthz"), ct)).StatusCode;
            if (status != wanted) await Task.Delay(250, ct);
        }
        return (int)status;
    }

    private static async Task ImportFeedsThroughAppAsync(FaultRig rig, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(rig.AppUrl, "api/admin/opml"))
        {
            Content = new StringContent(rig.Farm.Opml(), Encoding.UTF8, "text/x-opml"),
        };
        request.Headers.Add("x-admin-key", FaultRig.AdminKey);
        using var response = await rig.Http.SendAsync(request, ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }

    private static async Task PutPoisonAsync(FaultRig rig, CancellationToken ct)
    {
        var queue = new QueueClient(rig.Azurite.ConnectionString, QueueNames.ArticleProcess, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync(cancellationToken: ct);
        await queue.SendMessageAsync("""{"feedId":"not-a-message""", ct);
    }

    private static async Task AssertPoisonedAsync(FaultRig rig, CancellationToken ct)
    {
        var poison = new QueueClient(rig.Azurite.ConnectionString, QueueNames.PoisonOf(QueueNames.ArticleProcess), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await poison.PeekMessagesAsync(10, ct)).Value;
        var message = Assert.Single(messages);
        Assert.Contains("not valid JSON", message.MessageText);
    }

    private static async Task AddSubscribersAsync(FaultRig rig, int count, CancellationToken ct)
    {
        await using var services = rig.StorageServices();
        var store = services.GetRequiredService<ISubscriberStore>();
        for (var i = 0; i < count; i++)
        {
            var email = $"reader{i}@faults.test";
            await store.SaveAsync(new Subscriber
            {
                Id = Subscriber.IdFor(email),
                Email = email,
                Status = SubscriberStatus.Active,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-60),
                // Hourly, so a slot has always started within the catch-up window; the farm's stories are from November 1.
                Preferences = new DigestPreferences { Frequency = DigestFrequency.EveryNHours, EveryHours = 1, DeliveryTime = new TimeOnly(0, 0) },
                LastDigestAt = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
            }, ct);
        }
    }
}
