using System.Text.Json;
using System.Text.Json.Serialization;
using FeedFunctions.Api.Dtos;

namespace FeedFunctions.Api;

/// <summary>Source-generated serialization metadata for every API body, so no DTO is reflected over at run time.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ApiProblem))]
[JsonSerializable(typeof(AddFeedRequestDto))]
[JsonSerializable(typeof(AddFeedResultDto))]
[JsonSerializable(typeof(ArticleListDto))]
[JsonSerializable(typeof(ArticleListItemDto))]
[JsonSerializable(typeof(ArticleSummaryDto))]
[JsonSerializable(typeof(FeedHealthDto))]
[JsonSerializable(typeof(FeedListDto))]
[JsonSerializable(typeof(OpmlImportResultDto))]
[JsonSerializable(typeof(OpmlSkippedDto))]
[JsonSerializable(typeof(ReplayResultDto))]
[JsonSerializable(typeof(SentenceDto))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(StoryArticleDto))]
[JsonSerializable(typeof(StoryDto))]
[JsonSerializable(typeof(StoryListDto))]
[JsonSerializable(typeof(StoryListItemDto))]
[JsonSerializable(typeof(StorySentenceDto))]
[JsonSerializable(typeof(StorySourceDto))]
[JsonSerializable(typeof(SummarizeRequestDto))]
[JsonSerializable(typeof(SummaryDto))]
[JsonSerializable(typeof(TagDto))]
[JsonSerializable(typeof(TopicCountDto))]
[JsonSerializable(typeof(TopicsDto))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
