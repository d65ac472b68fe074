using FeedFunctions.Summaries.Llm;

namespace FeedFunctions.Core.Tests.Llm;

public sealed class LlmReplyParserTests
{
    [Fact]
    public void Parse_ValidReply_ReadsEveryField()
    {
        var reply = LlmReplyParser.Parse(LlmTestData.Reply(), out var reason, out var problem);

        Assert.NotNull(reply);
        Assert.Null(reason);
        Assert.Null(problem);
        Assert.Equal(LlmTestData.GroundedSummary, reply.Summary);
        Assert.Equal(("Kim Jong-un", "person"), reply.Tags[0]);
        Assert.Equal("politics", reply.Category);
        Assert.Equal("en", reply.Language);
    }

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "{\"headline\": ", LlmReplyParser.Malformed, "not JSON" },
        { "\"just a string\"", LlmReplyParser.SchemaViolation, "not a JSON object" },
        { LlmTestData.Reply(summary: []), LlmReplyParser.SchemaViolation, "no summary" },
        { LlmTestData.Reply(category: "weather"), LlmReplyParser.SchemaViolation, "unknown category 'weather'" },
        { LlmTestData.Reply(headline: " "), LlmReplyParser.SchemaViolation, "no headline" },
        { LlmTestData.Reply().Replace("\"person\"", "\"animal\"", StringComparison.Ordinal), LlmReplyParser.SchemaViolation, "tags" },
        { LlmTestData.Reply().Replace("\"language\"", "\"lang\"", StringComparison.Ordinal), LlmReplyParser.SchemaViolation, "language" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidReply_ReturnsNullWithReason(string content, string expectedReason, string expectedProblem)
    {
        var reply = LlmReplyParser.Parse(content, out var reason, out var problem);

        Assert.Null(reply);
        Assert.Equal(expectedReason, reason);
        Assert.Contains(expectedProblem, problem, StringComparison.Ordinal);
        Assert.StartsWith("llm: ", problem, StringComparison.Ordinal);
    }
}
