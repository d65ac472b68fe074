using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Fetching;

/// <summary>Fetches one URL politely: conditional GET, compression, hand-followed redirects, size and time limits, and the SSRF guard in its handler.</summary>
public sealed partial class FeedFetcher(
    HttpClient http,
    IOptions<FetchingOptions> options,
    TimeProvider clock,
    ILogger<FeedFetcher> logger) : IFeedFetcher
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var deadline = new CancellationTokenSource(options.Value.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        FetchResult result;
        try
        {
            result = await FollowRedirectsAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our deadline or the handler's ConnectTimeout: either way the server was too slow.
            result = new FetchResult.Failed("timeout", $"fetch: {request.Url} did not answer within {options.Value.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            result = FetchErrors.FromHttpRequestException(request.Url, ex);
        }
        catch (IOException ex)
        {
            result = new FetchResult.Failed("read-error", $"fetch: reading {request.Url} failed: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            result = new FetchResult.Failed("decompression-error", $"fetch: the body of {request.Url} is not valid compressed data: {ex.Message}");
        }
        if (result is FetchResult.Failed failed)
        {
            LogFetchFailed(logger, request.Url, failed.Code, failed.Message);
        }
        return result;
    }

    private async Task<FetchResult> FollowRedirectsAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var visited = new HashSet<Uri> { url };
        Uri? movedTo = null;
        var permanentSoFar = true;
        for (var redirects = 0; ; redirects++)
        {
            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return new FetchResult.Failed("unsupported-scheme", $"fetch: {url} is not an http or https URL");
            }
            using var message = CreateRequest(url, request);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return await ToResultAsync(response, url, movedTo, IsConditional(request), cancellationToken);
            }

            if (response.Headers.Location is not { } location)
            {
                return new FetchResult.Failed("redirect-without-location", $"fetch: {url} answered {(int)response.StatusCode} without a Location header");
            }
            var next = location.IsAbsoluteUri ? location : new Uri(url, location);
            if (!visited.Add(next))
            {
                return new FetchResult.Failed("redirect-loop", $"fetch: redirect loop at {next} after {redirects + 1} redirects from {request.Url}");
            }
            if (redirects >= options.Value.MaxRedirects)
            {
                return new FetchResult.Failed("too-many-redirects", $"fetch: {request.Url} redirected more than {options.Value.MaxRedirects} times");
            }
            // Only an unbroken chain of permanent redirects moves the feed (RFC 9110 15.4.2, 15.4.9):
            // after a temporary one, the stored URL must stay the last permanent target.
            permanentSoFar &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
            if (permanentSoFar)
            {
                movedTo = next;
            }
            url = next;
        }
    }

    private HttpRequestMessage CreateRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", options.Value.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        // Validators are echoed exactly as the server sent them (RFC 9110 13.1.1, 13.1.3).
        if (!string.IsNullOrEmpty(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }
        if (!string.IsNullOrEmpty(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }
        return message;
    }

    private static bool IsConditional(FetchRequest request) => !string.IsNullOrEmpty(request.ETag) || !string.IsNullOrEmpty(request.LastModified);

    private async Task<FetchResult> ToResultAsync(HttpResponseMessage response, Uri url, Uri? movedTo, bool conditional, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var now = clock.GetUtcNow();
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified when !conditional:
                // RFC 9110 15.4.5: 304 answers a conditional request only; to one without validators it hides the feed.
                return new FetchResult.Failed("http-304-unconditional", $"fetch: {url} answered 304 Not Modified to a request without validators (no ETag or Last-Modified was ever sent)");
            case HttpStatusCode.NotModified:
                return new FetchResult.NotModified(CacheHeaders.FreshFor(response, now));
            case HttpStatusCode.Gone:
                return new FetchResult.Gone();
            case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                return new FetchResult.Failed($"http-{status}", $"fetch: {url} answered {status} {response.ReasonPhrase}", CacheHeaders.RetryAfter(response, now));
            case < HttpStatusCode.OK or >= HttpStatusCode.MultipleChoices:
                return new FetchResult.Failed($"http-{status}", $"fetch: {url} answered {status} {response.ReasonPhrase}");
        }

        var body = await BoundedBody.ReadAsync(response.Content, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return new FetchResult.Failed("too-large", $"fetch: the body of {url} is larger than {options.Value.MaxBodyBytes} bytes");
        }
        return new FetchResult.Ok(
            body,
            response.Content.Headers.ContentType?.ToString(),
            CacheHeaders.Raw(response.Headers, "ETag"),
            CacheHeaders.Raw(response.Content.Headers, "Last-Modified"),
            url,
            movedTo,
            CacheHeaders.FreshFor(response, now),
            response.Content.Headers.ContentLocation);
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch of {Url} failed: {ErrorCode} {ErrorMessage}")]
    private static partial void LogFetchFailed(ILogger logger, Uri url, string errorCode, string errorMessage);
}
