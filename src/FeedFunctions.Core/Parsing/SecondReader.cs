using CodeHollow.FeedReader;
using FeedFunctions.Parsing.Dates;

namespace FeedFunctions.Parsing;

/// <summary>
/// A second opinion for documents our own reader fails on in a way it did not foresee (an internal fault, not a
/// reasoned refusal): CodeHollow.FeedReader, on the same bytes. Our reader is the one that runs on every feed —
/// it is four times faster and reads what CodeHollow refuses (no &lt;channel&gt;, legacy encodings, broken XML) —
/// but a bug of ours should cost a feed nothing while another good reader can read it.
/// </summary>
internal static class SecondReader
{
    /// <summary>The feed as CodeHollow reads it, marked not well formed with <paramref name="why"/>; null when it cannot read it either.</summary>
    public static ParsedFeed? TryRead(byte[] content, Uri? documentUrl, string why)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(content);
        }
        catch (Exception)
        {
            // Its failures are no better explained than ours: the caller reports our own error.
            return null;
        }
        if (feed.Type == FeedType.Unknown) return null;
        var text = new FeedText(new Sanitizing.HtmlCleaner());
        return new ParsedFeed
        {
            Format = feed.Type.ToString().ToLowerInvariant(),
            Title = text.Title(feed.Title),
            Description = text.Title(feed.Description),
            Link = feed.Link,
            Language = feed.Language,
            Updated = FeedDateParser.Parse(feed.LastUpdatedDateString),
            Items = [.. feed.Items.Select(i => new ParsedItem
            {
                Title = text.Title(i.Title),
                Link = i.Link,
                Guid = i.Id,
                Published = FeedDateParser.Parse(i.PublishingDateString),
                Description = text.Html(i.Description, documentUrl),
                Content = text.Html(i.Content, documentUrl),
                Authors = string.IsNullOrWhiteSpace(i.Author) ? [] : [new ParsedPerson(i.Author.Trim())],
                Categories = [.. i.Categories.Where(c => !string.IsNullOrWhiteSpace(c))],
            })],
            NotWellFormedReason = why,
        };
    }
}
