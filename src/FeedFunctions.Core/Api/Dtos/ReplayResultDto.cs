namespace FeedFunctions.Api.Dtos;

/// <summary>How many poison messages went back to their queue.</summary>
public sealed record ReplayResultDto(string Queue, string Target, int Moved);
