using FeedFunctions.Host.Samples;
using FeedFunctions.Opml;
using FeedFunctions.Storage;

namespace FeedFunctions.Host.Cli;

/// <summary>Starts the sample feed server and subscribes to its feeds.</summary>
internal static class SampleFeeds
{
    public static async Task<SampleFeedServer> StartAndSubscribeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var server = await SampleFeedServer.StartAsync(services.GetRequiredService<TimeProvider>(), cancellationToken);
        var feeds = services.GetRequiredService<IFeedStore>();
        foreach (var outline in OpmlReader.Read(await server.ReadOpmlAsync(cancellationToken)))
        {
            await feeds.AddAsync(outline.XmlUrl, outline.Title, cancellationToken);
        }
        return server;
    }
}
