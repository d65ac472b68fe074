using System.Text.Json;
using FeedFunctions.Api.Dtos;
using FeedFunctions.Summaries;

namespace FeedFunctions.Api;

/// <summary>POST /api/summarize: summarizes a text, or the main text of a page fetched through the guarded fetcher.</summary>
public sealed class SummarizeApi(IArticleAnalyzer analyzer, IPageTextExtractor pages)
{
    public const int MaxTitleLength = 1000;
    public const int MaxSentences = 10;

    public async Task<ApiResponse> SummarizeAsync(byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        if (!ApiBody.IsJson(contentType)) return Problems.UnsupportedMediaType("application/json");
        SummarizeRequestDto? request;
        try
        {
            request = JsonSerializer.Deserialize<SummarizeRequestDto>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            return Problems.Validation("body", $"The body is not valid JSON ({e.Message}).");
        }
        if (request is null) return Problems.Validation("body", "The body must be a JSON object.");

        var errors = Validate(request, out var url);
        if (errors.Count > 0) return Problems.Validation(errors);

        var title = request.Title;
        var text = request.Text;
        if (url is not null)
        {
            var page = await pages.ExtractAsync(url, cancellationToken);
            if (!page.IsOk) return Problems.UrlNotReadable(page.ErrorCode ?? "no-main-text", page.Error ?? "the page has no readable text");
            title ??= page.Title;
            text = page.Text;
        }
        var analysis = await analyzer.AnalyzeAsync(new AnalysisRequest(title, text!, request.Sentences ?? 3), cancellationToken);
        return ApiResponse.Json(ApiMapper.ToSummaryDto(analysis), cacheable: false);
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
