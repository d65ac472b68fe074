using System.Text.Json;
using Azure.Storage.Queues;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Opml;
using FeedFunctions.Queues;
using FeedFunctions.Refresh;
using FeedFunctions.Storage;

namespace FeedFunctions.Api;

/// <summary>The operator routes: add and remove feeds, OPML in and out, replay of poison messages.</summary>
public sealed class AdminApi(IFeedStore feeds, FeedSubscriptions subscriptions, OpmlImporter importer, QueueServiceClient queues, StorageNames names)
{
    public const int MaxUrlLength = OpmlReader.MaxUrlLength;
    /// <summary>At most this many messages move per call; call again for more.</summary>
    public const int MaxReplay = 1000;

    private static readonly string[] ReplayableQueues = [QueueNames.FeedFetch, QueueNames.ArticleProcess, QueueNames.DigestSend];

    public async Task<ApiResponse> AddFeedAsync(byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        if (!ApiBody.IsJson(contentType)) return Problems.UnsupportedMediaType("application/json");
        AddFeedRequestDto? request;
        try
        {
            request = JsonSerializer.Deserialize<AddFeedRequestDto>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            return JsonBodyError.Problem(e);
        }
        if (!TryFeedUrl(request?.Url, out var url, out var error)) return Problems.Validation("url", error);
        if (request!.Title is { Length: > 500 }) return Problems.Validation("title", "title may be at most 500 characters.");
        // A page URL is accepted too: the feed it announces is the one subscribed.
        var (feed, added) = await subscriptions.AddAsync(url, request.Title, cancellationToken);
        var result = new AddFeedResultDto(ApiMapper.ToDto(feed), added);
        return added ? ApiResponse.Created(result, "/api/feeds#" + feed.Id) : ApiResponse.Json(result, cacheable: false);
    }

    public async Task<ApiResponse> RemoveFeedAsync(string id, CancellationToken cancellationToken)
    {
        if (!ApiParameters.IsFeedId(id)) return Problems.Validation("id", "A feed id is lowercase hex.");
        return await feeds.RemoveAsync(id, cancellationToken) ? ApiResponse.NoContent() : Problems.FeedNotFound(id);
    }

    /// <summary>POST /api/admin/opml: <paramref name="contentType"/> must be an XML media type (text/x-opml, application/xml, text/xml).</summary>
    public async Task<ApiResponse> ImportOpmlAsync(byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        if (!IsXml(contentType)) return Problems.UnsupportedMediaType("text/x-opml or application/xml");
        OpmlDocument document;
        try
        {
            document = OpmlReader.ReadDocument(new MemoryStream(body));
        }
        catch (OpmlException e)
        {
            return Problems.Validation("body", $"The body is not an OPML document ({UserMessage.Clean(e.Message)}).");
        }
        // Each outline stands alone: a bad URL is reported with the reason and the rest are still imported.
        var report = await importer.ImportAsync(document, cancellationToken);
        return ApiResponse.Json(new OpmlImportResultDto(report.Added, report.Existing, [.. report.Skipped.Select(s => new OpmlSkippedDto(s.Url, s.Reason))]), cacheable: false);
    }

    /// <summary>The media types the OPML import takes.</summary>
    public static IReadOnlyList<string> OpmlMediaTypes { get; } = ["text/x-opml", "application/xml", "text/xml"];

    private static bool IsXml(string? contentType) =>
        contentType?.Split(';')[0].Trim() is { } media
        && (OpmlMediaTypes.Contains(media, StringComparer.OrdinalIgnoreCase) || media.EndsWith("+xml", StringComparison.OrdinalIgnoreCase));

    public async Task<ApiResponse> ExportOpmlAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        // Feeds stored before credentials were refused are exported without them, like every other output.
        return ApiResponse.Text(OpmlWriter.Write(all.Select(f => (Feeds.FeedUrls.Redacted(f.Url), f.Title, f.SiteUrl))), "text/x-opml; charset=utf-8", cacheable: false);
    }

    /// <summary>Moves the messages of a poison queue back to the queue they failed in.</summary>
    public async Task<ApiResponse> ReplayPoisonAsync(string queue, CancellationToken cancellationToken)
    {
        var target = ReplayableQueues.FirstOrDefault(q => QueueNames.PoisonOf(q) == queue);
        if (target is null)
        {
            return Problems.Validation("queue", $"queue must be one of {string.Join(", ", ReplayableQueues.Select(QueueNames.PoisonOf))}.");
        }
        var poison = queues.GetQueueClient(names.Queue(queue));
        var destination = queues.GetQueueClient(names.Queue(target));
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await destination.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var moved = 0;
        while (moved < MaxReplay)
        {
            var batch = await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1), cancellationToken);
            if (batch.Value.Length == 0) break;
            foreach (var message in batch.Value)
            {
                // Send before delete: a crash in between replays the message twice, which every stage tolerates.
                await destination.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }
        return ApiResponse.Json(new ReplayResultDto(queue, target, moved), cacheable: false);
    }

    private static bool TryFeedUrl(string? value, out Uri url, out string error)
    {
        url = null!;
        error = "";
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxUrlLength
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            error = $"url must be an absolute http or https URL of at most {MaxUrlLength} characters.";
            return false;
        }
        if (Feeds.FeedUrls.CredentialsProblem(parsed) is { } credentials)
        {
            error = credentials;
            return false;
        }
        url = parsed;
        return true;
    }
}
