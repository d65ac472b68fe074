using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace FeedFunctions.Storage;

/// <summary>
/// Builds the Azure Storage service clients from <see cref="StorageOptions"/>: a connection string, or the account
/// name with Entra ID. <c>recreate</c> is called when storage answers that a table, queue or container is missing
/// (<see cref="MissingResourcePolicy"/>); the request is then sent once more.
/// </summary>
public static class StorageClients
{
    public static TableServiceClient Tables(StorageOptions options, StorageOperationCounter counter, Func<StorageService, CancellationToken, Task> recreate)
    {
        var clientOptions = Counted(new TableClientOptions(), counter, StorageService.Tables, recreate);
        return options.ConnectionString is { Length: > 0 } cs
            ? new TableServiceClient(cs, clientOptions)
            : new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    public static QueueServiceClient Queues(StorageOptions options, StorageOperationCounter counter, Func<StorageService, CancellationToken, Task> recreate)
    {
        // The Functions queue trigger reads base64 by default (host.json extensions.queues.messageEncoding).
        var clientOptions = Counted(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, StorageService.Queues, recreate);
        return options.ConnectionString is { Length: > 0 } cs
            ? new QueueServiceClient(cs, clientOptions)
            : new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    public static BlobServiceClient Blobs(StorageOptions options, StorageOperationCounter counter, Func<StorageService, CancellationToken, Task> recreate)
    {
        var clientOptions = Counted(new BlobClientOptions(), counter, StorageService.Blobs, recreate);
        return options.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs, clientOptions)
            : new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    // Counted per retry: a retried request is another round trip. Healed per call: around the retries, so the
    // request sent again after re-creating has its own.
    private static T Counted<T>(T options, StorageOperationCounter counter, StorageService service, Func<StorageService, CancellationToken, Task> recreate) where T : ClientOptions
    {
        options.AddPolicy(counter.PolicyFor(service), HttpPipelinePosition.PerRetry);
        options.AddPolicy(new MissingResourcePolicy(service, recreate), HttpPipelinePosition.PerCall);
        return options;
    }
}
