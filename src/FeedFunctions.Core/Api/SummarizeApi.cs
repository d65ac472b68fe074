using System.Globalization;
using System.Text.Json;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Summaries;
using FeedFunctions.Text;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Api;

/// <summary>POST /api/summarize: summarizes a text, or the main text of a page fetched through the guarded fetcher, within bounded input, a deadline and a per-client rate.</summary>
public sealed class SummarizeApi(IArticleAnalyzer analyzer, IPageTextExtractor pages, ClientRateLimiter limiter, IOptions<ApiLimitsOptions> options, TimeProvider clock)
{
    public const int MaxTitleLength = 1000;
    public const int MaxSentences = 10;
    private const string Route = "/api/summarize";

    public async Task<ApiResponse> SummarizeAsync(byte[] body, string? contentType, string clientKey, CancellationToken cancellationToken)
    {
        if (!ApiBody.IsJson(contentType)) return Problems.UnsupportedMediaType("application/json");
        if (limiter.Check(Route, clientKey) is { } limited) return limited;
        SummarizeRequestDto? request;
        try
        {
            request = JsonSerializer.Deserialize<SummarizeRequestDto>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            return JsonBodyError.Problem(e);
        }
        if (request is null) return Problems.Validation("body", "The body must be a JSON object.");

        var errors = Validate(request, out var url);
        if (errors.Count > 0) return Problems.Validation(errors);
        var limits = options.Value;
        if (request.Text is { } given && InputProblem(given, limits) is { } tooBig) return tooBig;

        // The deadline covers fetching and summarizing; the client's own token (it hung up) stops the work as well.
        using var deadline = new CancellationTokenSource(limits.SummarizeTimeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var title = request.Title;
            var text = request.Text;
            if (url is not null)
            {
                var page = await pages.ExtractAsync(url, linked.Token);
                if (!page.IsOk) return Problems.UrlNotReadable(page.ErrorCode ?? "no-main-text", page.Error ?? "the page has no readable text");
                title ??= page.Title;
                text = page.Text ?? "";
                if (InputProblem(text, limits) is not null)
                {
                    return Problems.UrlNotReadable("too-long", string.Create(CultureInfo.InvariantCulture, $"the page's main text is longer than {limits.SummarizeMaxChars:N0} characters or {limits.SummarizeMaxSentences:N0} sentences"));
                }
            }
            var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(title, text!, request.Sentences ?? 3), linked.Token);
            return ApiResponse.Json(ApiMapper.ToSummaryDto(analysis), cacheable: false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Problems.Unavailable($"The summary took longer than {limits.SummarizeTimeout.TotalSeconds:0} seconds and was stopped; send a shorter text.");
        }
    }

    // Ranking compares every pair of sentences: both the size and the sentence count are bounded before any of it runs.
    private static ApiResponse? InputProblem(string text, ApiLimitsOptions limits)
    {
        if (text.Length > limits.SummarizeMaxChars)
        {
            return Problems.ForStatus(413, string.Create(CultureInfo.InvariantCulture, $"text is {text.Length:N0} characters; at most {limits.SummarizeMaxChars:N0} are summarized."));
        }
        var sentences = SentenceSplitter.Split(TextCleaner.Clean(text)).Count;
        return sentences > limits.SummarizeMaxSentences
            ? Problems.Validation("text", string.Create(CultureInfo.InvariantCulture, $"text has {sentences:N0} sentences; at most {limits.SummarizeMaxSentences:N0} are summarized."))
            : null;
    }

    private static Dictionary<string, string[]> Validate(SummarizeRequestDto request, out Uri? url)
    {
        var errors = new Dictionary<string, string[]>();
        url = null;
        var hasText = !string.IsNullOrWhiteSpace(request.Text);
        var hasUrl = !string.IsNullOrWhiteSpace(request.Url);
        if (hasText == hasUrl) errors["text"] = ["Give exactly one of text and url."];
        if (hasUrl && !(Uri.TryCreate(request.Url, UriKind.Absolute, out url) && url.Scheme is "http" or "https"))
        {
            errors["url"] = ["url must be an absolute http or https URL."];
        }
        if (request.Title is { Length: > MaxTitleLength }) errors["title"] = [$"title may be at most {MaxTitleLength} characters."];
        if (request.Sentences is < 1 or > MaxSentences) errors["sentences"] = [$"sentences must be from 1 to {MaxSentences}."];
        return errors;
    }
}
