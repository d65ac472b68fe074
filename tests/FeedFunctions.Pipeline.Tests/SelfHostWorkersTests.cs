using FeedFunctions.Host.SelfHost;
using FeedFunctions.Host.Workers;
using FeedFunctions.Queues;
using FeedFunctions.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>The self-host stands in for the Functions host: both timers and a pump for each queue the app triggers on.</summary>
public sealed class SelfHostWorkersTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task WebBuilder_RegistersBothTimersAndEveryQueuePump()
    {
        await using var app = FeedFunctionsHost.CreateWebBuilder("http://127.0.0.1:0", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Digest:SigningKey"] = "test-signing-key-of-enough-length-0123456789",
            ["Digest:PublicBaseUrl"] = "http://127.0.0.1:5080/",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "digests@feedfunctions.test",
        }).Build();

        var workers = app.Services.GetServices<IHostedService>().ToList();

        Assert.Equal(2, workers.OfType<ScheduledJobService>().Count());
        Assert.Equal([QueueNames.ArticleProcess, QueueNames.DigestSend, QueueNames.FeedFetch], workers.OfType<QueuePumpService>().Select(p => p.QueueName).Order());
    }
}
