using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedFunctions.Api;
using FeedFunctions.Digest;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using FeedFunctions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The subscription functions over the real subscription services, Azurite and smtp4dev.</summary>
public sealed partial class SubscriptionFunctionsTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IClassFixture<Smtp4devFixture>, IAsyncLifetime
{
    private const string PublicBase = "https://news.example.test/";
    private ServiceProvider services = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"https://news\.example\.test/api/subscriptions/confirm\?token=[A-Za-z0-9_\-.%]+")]
    private static partial Regex ConfirmLink();

    public ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = TestWebHost.UniquePrefix(),
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "FeedFunctions Digest <digest@feedfunctions.test>",
            ["Digest:PublicBaseUrl"] = PublicBase,
            ["Digest:SigningKey"] = "test-signing-key-0123456789-abcdefghijklmnop",
            ["Digest:SubscribeRatePerClient"] = "2",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddFeedStorage();
        collection.AddDigests();
        collection.AddFeedFunctionsApiServices();
        collection.AddFeedFunctionsWeb();
        services = collection.BuildServiceProvider();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private SubscriptionFunctions Functions() => new(services.GetRequiredService<SubscriptionApi>(), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiLimitsOptions>>());

    private static string NewAddress(string label) => $"{label}-{Guid.NewGuid():N}@example.test";

    private static HttpRequest JsonRequest(string body, string client = "10.0.0.1")
    {
        var request = FunctionServices.Request("POST", body: body, contentType: "application/json");
        request.HttpContext.Connection.RemoteIpAddress = IPAddress.Parse(client);
        return request;
    }

    private async Task<string> SubscribeAndReadTokenAsync(string address)
    {
        var request = JsonRequest($$"""{"email":"{{address}}","topics":["Diplomacy"],"categories":["world"]}""");
        var (status, _, _) = await FunctionServices.ExecuteAsync(await Functions().Subscribe(request, Ct), request);
        Assert.Equal(202, status);
        var received = await smtp.WaitForMessageToAsync(address, TimeSpan.FromSeconds(30), Ct);
        var raw = await smtp.GetRawAsync(received.GetProperty("id").GetString()!, Ct);
        var text = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)), Ct).TextBody ?? "";
        var link = ConfirmLink().Match(text).Value;
        Assert.NotEmpty(link);
        return Uri.UnescapeDataString(new Uri(link).Query["?token=".Length..]);
    }

    [Fact]
    public async Task Subscribe_ValidJson_Returns202AndTheConfirmationMailArrives()
    {
        var address = NewAddress("fn-subscribe");
        var request = JsonRequest($$"""{"email":"{{address}}","topics":["Diplomacy"],"frequency":"weekly","deliveryDay":"monday"}""");

        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Functions().Subscribe(request, Ct), request);

        Assert.Equal(202, status);
        Assert.Equal(ApiResponse.JsonType, headers.ContentType.ToString());
        Assert.Equal("accepted", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        var received = await smtp.WaitForMessageToAsync(address, TimeSpan.FromSeconds(30), Ct);
        Assert.Contains(address, received.GetProperty("to").EnumerateArray().Select(t => t.GetString()).First(), StringComparison.OrdinalIgnoreCase);
        var pending = await services.GetRequiredService<ISubscriberStore>().FindByEmailAsync(address, Ct);
        Assert.Equal(SubscriberStatus.Pending, pending!.Status);
    }

    [Fact]
    public async Task Subscribe_BadEmailAndFrequency_Returns400ProblemNamingBothFields()
    {
        var request = JsonRequest("""{"email":"not an address","frequency":"hourly"}""");

        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Functions().Subscribe(request, Ct), request);

        Assert.Equal(400, status);
        Assert.Equal(ApiResponse.ProblemType, headers.ContentType.ToString());
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _), body);
        Assert.True(errors.TryGetProperty("frequency", out _), body);
    }

    [Fact]
    public async Task Subscribe_OverTheClientLimit_Returns429WithRetryAfter()
    {
        for (var i = 0; i < 2; i++)
        {
            var ok = JsonRequest($$"""{"email":"{{NewAddress("fn-limit")}}"}""", client: "10.9.9.9");
            Assert.Equal(202, (await FunctionServices.ExecuteAsync(await Functions().Subscribe(ok, Ct), ok)).Status);
        }
        var request = JsonRequest($$"""{"email":"{{NewAddress("fn-limit")}}"}""", client: "10.9.9.9");

        var (status, headers, _) = await FunctionServices.ExecuteAsync(await Functions().Subscribe(request, Ct), request);

        Assert.Equal(429, status);
        Assert.True(int.Parse(headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Confirm_GetShowsAButtonAndPostActivates()
    {
        var address = NewAddress("fn-confirm");
        var token = await SubscribeAndReadTokenAsync(address);
        var query = "?token=" + Uri.EscapeDataString(token);
        var store = services.GetRequiredService<ISubscriberStore>();

        var get = FunctionServices.Request("GET", query);
        var (pageStatus, pageHeaders, page) = await FunctionServices.ExecuteAsync(await Functions().ConfirmPage(get, Ct), get);
        Assert.Equal(200, pageStatus);
        Assert.Equal("no-store", pageHeaders.CacheControl.ToString());
        Assert.Contains("<form method=\"post\"", page);
        Assert.Equal(SubscriberStatus.Pending, (await store.FindByEmailAsync(address, Ct))!.Status);

        var post = FunctionServices.Request("POST", query);
        var (status, _, body) = await FunctionServices.ExecuteAsync(await Functions().Confirm(post, Ct), post);
        Assert.Equal(200, status);
        Assert.Contains("Subscription confirmed", body);
        Assert.Equal(SubscriberStatus.Active, (await store.FindByEmailAsync(address, Ct))!.Status);
    }

    [Fact]
    public async Task OneClickUnsubscribe_ValidToken_Returns200PlainTextWithoutRedirect()
    {
        var address = NewAddress("fn-oneclick");
        await SubscribeAndReadTokenAsync(address);
        var store = services.GetRequiredService<ISubscriberStore>();
        var subscriber = (await store.FindByEmailAsync(address, Ct))!;
        var unsubscribe = services.GetRequiredService<SubscriptionTokens>().Create(subscriber.Id, TokenPurpose.Unsubscribe, TimeSpan.FromDays(30));

        var request = FunctionServices.Request("POST", "?token=" + Uri.EscapeDataString(unsubscribe), body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded");
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Functions().OneClickUnsubscribe(request, Ct), request);

        Assert.Equal(200, status);
        Assert.Equal("Unsubscribed.", body);
        Assert.Empty(headers.Location.ToString());
        Assert.Equal(SubscriberStatus.Unsubscribed, (await store.FindByEmailAsync(address, Ct))!.Status);
    }

    [Fact]
    public async Task SubscribeForm_NotAForm_Returns415()
    {
        var request = JsonRequest("""{"email":"a@example.test"}""");
        var (status, _, _) = await FunctionServices.ExecuteAsync(await Functions().SubscribeForm(request, Ct), request);
        Assert.Equal(415, status);
    }

    [Fact]
    public async Task ViewDigest_ArchivedIssue_ShowsTheDigestPrivately_UnknownOrForged_SaysSo()
    {
        var links = services.GetRequiredService<SubscriptionLinks>();
        var issue = new DigestIssue
        {
            Brand = "FeedFunctions",
            Heading = "Your daily digest",
            Subject = "Your daily digest: Harbour reopens",
            Preheader = "The harbour reopened.",
            Content = new DigestContent([], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1)),
            Length = SummaryLength.OneSentence,
            TimeZone = "Europe/Paris",
            Site = new Uri(PublicBase),
        };
        await services.GetRequiredService<DigestArchive>().SaveAsync("abc123", "2026-11-28", issue, Ct);

        var archived = FunctionServices.Request("GET", links.ViewDigest("abc123", "2026-11-28").Query);
        var (status, headers, body) = await FunctionServices.ExecuteAsync(await Functions().ViewDigest(archived, Ct), archived);
        var missing = FunctionServices.Request("GET", links.ViewDigest("abc123", "2026-11-29").Query);
        var forged = FunctionServices.Request("GET", "?token=forged.token");

        Assert.Equal(200, status);
        Assert.Equal(("no-store", "no-referrer"), (headers.CacheControl.ToString(), headers["Referrer-Policy"].ToString()));
        Assert.Contains("<title>Your daily digest: Harbour reopens</title>", body);
        Assert.DoesNotContain("View in browser", body);
        Assert.Equal(404, (await FunctionServices.ExecuteAsync(await Functions().ViewDigest(missing, Ct), missing)).Status);
        Assert.Equal(400, (await FunctionServices.ExecuteAsync(await Functions().ViewDigest(forged, Ct), forged)).Status);
    }
}
