using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;
using FeedFunctions.Telemetry;

namespace FeedFunctions.Storage;

/// <summary>
/// Counts every request the storage clients send, retries included, by service: a storage round trip is the cost
/// that grows with the work, so runs report it (operations per article) and telemetry exports it.
/// </summary>
public sealed class StorageOperationCounter
{
    public const string OperationsName = "feedfunctions.storage.operations";

    private long tables;
    private long queues;
    private long blobs;

    public StorageOperationCounter(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(FeedFunctionsTelemetry.MeterName);
        meter.CreateObservableCounter(OperationsName, () =>
        {
            var counts = Snapshot();
            return new[]
            {
                new Measurement<long>(counts.Tables, new KeyValuePair<string, object?>("service", "tables")),
                new Measurement<long>(counts.Queues, new KeyValuePair<string, object?>("service", "queues")),
                new Measurement<long>(counts.Blobs, new KeyValuePair<string, object?>("service", "blobs")),
            };
        }, "{request}", "Storage requests sent, retries included, by service.");
    }

    /// <summary>The counts so far.</summary>
    public StorageOperationCounts Snapshot() => new(Interlocked.Read(ref tables), Interlocked.Read(ref queues), Interlocked.Read(ref blobs));

    /// <summary>A pipeline policy that counts the requests of one service's client.</summary>
    public HttpPipelinePolicy PolicyFor(StorageService service) => new CountingPolicy(this, service);

    private void Count(StorageService service)
    {
        switch (service)
        {
            case StorageService.Tables: Interlocked.Increment(ref tables); break;
            case StorageService.Queues: Interlocked.Increment(ref queues); break;
            default: Interlocked.Increment(ref blobs); break;
        }
    }

    private sealed class CountingPolicy(StorageOperationCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => counter.Count(service);
    }
}

/// <summary>The storage services a client talks to.</summary>
public enum StorageService { Tables, Queues, Blobs }

/// <summary>Storage requests sent, by service; an entity-group batch is one request.</summary>
public sealed record StorageOperationCounts(long Tables, long Queues, long Blobs)
{
    public long Total => Tables + Queues + Blobs;

    public static StorageOperationCounts operator -(StorageOperationCounts a, StorageOperationCounts b) =>
        new(a.Tables - b.Tables, a.Queues - b.Queues, a.Blobs - b.Blobs);
}
