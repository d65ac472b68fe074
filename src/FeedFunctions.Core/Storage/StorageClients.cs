using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Storage;

/// <summary>Builds the Azure Storage service clients from <see cref="StorageOptions"/>: a connection string, or the account name with Entra ID.</summary>
public static class StorageClients
{
    public static TableServiceClient Tables(StorageOptions options) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new TableServiceClient(cs)
            : new TableServiceClient(new Uri($"https://{options.AccountName}.table.core.windows.net"), new DefaultAzureCredential());

    public static QueueServiceClient Queues(StorageOptions options)
    {
        // The Functions queue trigger reads base64 by default (host.json extensions.queues.messageEncoding).
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return options.ConnectionString is { Length: > 0 } cs
            ? new QueueServiceClient(cs, clientOptions)
            : new QueueServiceClient(new Uri($"https://{options.AccountName}.queue.core.windows.net"), new DefaultAzureCredential(), clientOptions);
    }

    public static BlobServiceClient Blobs(StorageOptions options) =>
        options.ConnectionString is { Length: > 0 } cs
            ? new BlobServiceClient(cs)
            : new BlobServiceClient(new Uri($"https://{options.AccountName}.blob.core.windows.net"), new DefaultAzureCredential());

}
