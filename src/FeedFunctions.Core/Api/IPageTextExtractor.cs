namespace FeedFunctions.Api;

/// <summary>Fetches a web page (with the feed fetcher's SSRF guard and limits) and extracts its main text.</summary>
/// <remarks>The fetching branch's FullText/FullTextExtractor does this; the host binds it here once it is on main.</remarks>
public interface IPageTextExtractor
{
    Task<PageText> ExtractAsync(Uri url, CancellationToken cancellationToken);
}
