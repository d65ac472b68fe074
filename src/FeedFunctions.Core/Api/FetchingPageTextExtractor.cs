using System.Text;
using FeedFunctions.Fetching;

namespace FeedFunctions.Api;

/// <summary>Reads a page with <see cref="IFeedFetcher"/> (its SSRF guard, size and time limits) and extracts the main text with SmartReader.</summary>
/// <remarks>To be replaced by the fetching branch's FullTextExtractor when it reaches main.</remarks>
public sealed class FetchingPageTextExtractor(IFeedFetcher fetcher) : IPageTextExtractor
{
    public async Task<PageText> ExtractAsync(Uri url, CancellationToken cancellationToken)
    {
        var result = await fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
        if (result is FetchResult.Failed failed) return new PageText(null, null, failed.Code, failed.Message);
        if (result is not FetchResult.Ok ok) return new PageText(null, null, "no-content", "the server sent no page");
        if (ok.ContentType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return new PageText(null, null, "not-html", $"the page is {type}, not HTML or text");
        }
        var html = Decode(ok.Body, ok.ContentType);
        // The two-string constructor parses the HTML we fetched; the one-string form would fetch the URL itself, unguarded.
        var article = new SmartReader.Reader(ok.FinalUrl.AbsoluteUri, html).GetArticle();
        var text = article.IsReadable ? article.TextContent : null;
        return string.IsNullOrWhiteSpace(text)
            ? new PageText(article.Title, null, "no-main-text", "no readable main text was found on the page")
            : new PageText(article.Title, text.Trim());
    }

    private static string Decode(byte[] body, string? contentType)
    {
        var charset = contentType?.Split(';').Select(p => p.Trim())
            .FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?["charset=".Length..].Trim('"');
        try
        {
            return (charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset)).GetString(body);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(body);
        }
    }
}
