using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using FeedFunctions.Storage;

namespace FeedFunctions.Digest;

/// <summary>Keeps each sent digest (one JSON blob per subscriber and period), so its "view in browser" page shows exactly what was sent.</summary>
public sealed class DigestArchive(StorageInitializer storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores the issue; saving the same period again (a retried send) replaces it.</summary>
    public async Task SaveAsync(string subscriberId, string period, DigestIssue issue, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.DigestArchiveContainer, cancellationToken);
        var body = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(issue, Json));
        await container.GetBlobClient(BlobName(subscriberId, period)).UploadAsync(body, overwrite: true, cancellationToken);
    }

    /// <summary>The stored issue, or null when there is none (never sent, or removed).</summary>
    public async Task<DigestIssue?> GetAsync(string subscriberId, string period, CancellationToken cancellationToken)
    {
        var container = await storage.ContainerAsync(storage.Names.DigestArchiveContainer, cancellationToken);
        try
        {
            BlobDownloadResult result = await container.GetBlobClient(BlobName(subscriberId, period)).DownloadContentAsync(cancellationToken);
            return result.Content.ToObjectFromJson<DigestIssue>(Json);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    // Subscriber ids are hex hashes and period keys are dates, weeks or times: both safe in a blob name.
    private static string BlobName(string subscriberId, string period) => $"{subscriberId}/{period}.json";
}
