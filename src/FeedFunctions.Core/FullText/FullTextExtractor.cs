using FeedFunctions.Fetching;
using Microsoft.Extensions.Logging;
using SmartReader;

namespace FeedFunctions.FullText;

/// <summary>Fetches an article's page through the guarded fetcher and extracts its main text with SmartReader.</summary>
public sealed partial class FullTextExtractor(IFeedFetcher fetcher, ILogger<FullTextExtractor> logger)
{
    /// <summary>Returns the article's plain text, or null when the page cannot be fetched or holds no readable article.</summary>
    public async Task<string?> ExtractAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var result = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
        if (result is not FetchResult.Ok page)
        {
            LogNotFetched(logger, url, result is FetchResult.Failed failed ? failed.Code : result.GetType().Name);
            return null;
        }
        var html = HtmlDecoder.Decode(page.Body, page.ContentType);
        try
        {
            // The (url, html) constructor parses what we fetched; the one-string forms would fetch by themselves, unguarded.
            var article = new Reader(page.FinalUrl.ToString(), html).GetArticle();
            var text = article.IsReadable ? article.TextContent?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                LogNotReadable(logger, url);
                return null;
            }
            return text;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A page SmartReader cannot handle costs that article its full text, nothing more.
            LogExtractionFailed(logger, url, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "fulltext: {Url} not fetched: {Reason}")]
    private static partial void LogNotFetched(ILogger logger, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "fulltext: {Url} holds no readable article")]
    private static partial void LogNotReadable(ILogger logger, Uri url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "fulltext: extracting {Url} failed")]
    private static partial void LogExtractionFailed(ILogger logger, Uri url, Exception exception);
}
