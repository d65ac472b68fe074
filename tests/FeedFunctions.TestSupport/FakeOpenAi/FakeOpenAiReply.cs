namespace FeedFunctions.TestSupport.FakeOpenAi;

/// <summary>What the fake server answers to one chat-completions request.</summary>
public sealed record FakeOpenAiReply
{
    private FakeOpenAiReply()
    {
    }

    public int StatusCode { get; private init; } = 200;
    public string? Content { get; private init; }
    public string? Refusal { get; private init; }
    public string FinishReason { get; private init; } = "stop";
    public int PromptTokens { get; private init; }
    public int CompletionTokens { get; private init; }
    public string? RetryAfter { get; private init; }
    public string? RawBody { get; private init; }

    /// <summary>Never answers: the server waits until the client gives up.</summary>
    public bool Hangs { get; private init; }

    /// <summary>A 200 completion whose assistant message is <paramref name="content"/> (the model's JSON text).</summary>
    public static FakeOpenAiReply Completion(string content, int promptTokens = 120, int completionTokens = 60, string finishReason = "stop") =>
        new() { Content = content, PromptTokens = promptTokens, CompletionTokens = completionTokens, FinishReason = finishReason };

    /// <summary>A 200 completion in which the model refuses.</summary>
    public static FakeOpenAiReply Refusing(string refusal) => new() { Refusal = refusal, PromptTokens = 120, CompletionTokens = 5 };

    /// <summary>An error status with an OpenAI error body, and a Retry-After header when given.</summary>
    public static FakeOpenAiReply Status(int statusCode, string? retryAfter = null) =>
        new() { StatusCode = statusCode, RetryAfter = retryAfter };

    /// <summary>A 200 whose body is not JSON at all.</summary>
    public static FakeOpenAiReply MalformedBody() => new() { RawBody = "<html>bad gateway page</html>" };

    public static FakeOpenAiReply Hang() => new() { Hangs = true };
}
