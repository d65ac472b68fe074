using FeedFunctions.Api.Dtos;
using FeedFunctions.Stories;

namespace FeedFunctions.Api;

/// <summary>Shapes stories into the API's DTOs.</summary>
public static class StoryApiMapper
{
    public static StoryListItemDto ToDto(StoryEntry entry) => new(
        entry.StoryId,
        entry.Label,
        ApiMapper.ToDto(entry.Lead, entry.Sources.Count),
        [.. entry.Sources.Select(ToDto)],
        entry.Sources.Count,
        entry.MemberCount,
        entry.FirstSeen,
        entry.LastSeen);

    public static StoryDto ToDto(StoryDetail story) => new(
        story.Id,
        story.Label,
        story.LabelArticleKey,
        story.FirstSeen,
        story.LastSeen,
        story.MemberCount,
        story.Sources.Count,
        [.. story.Summary.Select(s => new StorySentenceDto(s.Text, s.ArticleKey))],
        [.. story.Sources.Select(ToDto)],
        [.. story.Members.Select(m => new StoryArticleDto(
            m.Member.ArticleKey,
            m.Member.Title,
            m.Link?.AbsoluteUri,
            m.FeedId,
            m.Member.Source,
            m.Member.Published,
            m.Member.Lede,
            m.Member.NearDuplicateOf))]);

    public static StorySourceDto ToDto(StoryEntrySource source) =>
        new(source.FeedId, source.Name, source.ArticleKey, source.Link?.AbsoluteUri, source.NearDuplicate);
}
