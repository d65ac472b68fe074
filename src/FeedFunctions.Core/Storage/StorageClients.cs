using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace FeedFunctions.Storage;

/// <summary>Builds the Azure Storage service clients from <see cref="StorageOptions"/>: a connection string, or the account name with Entra ID.</summary>
public static class StorageClients
{
    public static TableServiceClient Tables(StorageOptions options, StorageOperationCounter counter)
    {
        var clientOptions = Counted(new TableClientOptions(), counter, StorageService.Tables);
        return options.ConnectionString is { Length: > 0 } cs
            ? new TableServiceClient(cs, clientOptions)
            : new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    public static QueueServiceClient Queues(StorageOptions options, StorageOperationCounter counter)
    {
        // The Functions queue trigger reads base64 by default (host.json extensions.queues.messageEncoding).
        var clientOptions = Counted(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, StorageService.Queues);
        return options.ConnectionString is { Length: > 0 } cs
            ? new QueueServiceClient(cs, clientOptions)
            : new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    public static BlobServiceClient Blobs(StorageOptions options, StorageOperationCounter counter)
    {
        var clientOptions = Counted(new BlobClientOptions(), counter, StorageService.Blobs);
        return options.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs, clientOptions)
            : new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    // Per retry: a retried request is another round trip.
    private static T Counted<T>(T options, StorageOperationCounter counter, StorageService service) where T : ClientOptions
    {
        options.AddPolicy(counter.PolicyFor(service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
