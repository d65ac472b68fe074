using Azure.Core;
using Azure.Core.Pipeline;

namespace FeedFunctions.Storage;

/// <summary>
/// Heals storage that lost its tables, queues or containers while the process runs (an emulator replaced by an
/// empty one, a resource deleted by hand): a request answered "TableNotFound", "QueueNotFound" or
/// "ContainerNotFound" has every resource of its service re-created, then is sent once more. One place for every
/// store and queue client, since they all share the three service clients this policy sits on.
/// </summary>
internal sealed class MissingResourcePolicy(StorageService service, Func<StorageService, CancellationToken, Task> recreate) : HttpPipelinePolicy
{
    private readonly string missingCode = service switch
    {
        StorageService.Tables => "TableNotFound",
        StorageService.Queues => "QueueNotFound",
        _ => "ContainerNotFound",
    };

    private static ReadOnlySpan<byte> TableNotFoundUtf8 => "TableNotFound"u8;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        if (!IsMissingResource(message)) return;
        recreate(service, message.CancellationToken).GetAwaiter().GetResult();
        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (!IsMissingResource(message)) return;
        await recreate(service, message.CancellationToken);
        await ProcessNextAsync(message, pipeline);
    }

    private bool IsMissingResource(HttpMessage message)
    {
        if (!message.HasResponse) return false;
        var response = message.Response;
        if (response.Status == 404) return response.Headers.TryGetValue("x-ms-error-code", out var code) && code == missingCode;
        // An entity-group transaction answers 202 and reports the missing table in the body of its sub-response.
        return service == StorageService.Tables && response.Status == 202
            && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
            && response.Content.ToMemory().Span.IndexOf(TableNotFoundUtf8) >= 0;
    }
}
