using FeedFunctions.Storage;

namespace FeedFunctions.Opml;

/// <summary>Subscribes to every feed of an OPML document; one bad outline does not stop the rest.</summary>
public sealed class OpmlImporter(IFeedStore feeds)
{
    public async Task<OpmlImportReport> ImportAsync(OpmlDocument document, CancellationToken cancellationToken)
    {
        int added = 0, existing = 0;
        foreach (var (xmlUrl, title, _) in document.Outlines)
        {
            var (_, isNew) = await feeds.AddAsync(xmlUrl, title, cancellationToken);
            if (isNew) added++;
            else existing++;
        }
        return new OpmlImportReport(added, existing, document.Skipped);
    }
}

/// <summary>What an import did: feeds added, feeds already subscribed, and outlines skipped with the reason.</summary>
public sealed record OpmlImportReport(int Added, int Existing, IReadOnlyList<OpmlSkipped> Skipped);
