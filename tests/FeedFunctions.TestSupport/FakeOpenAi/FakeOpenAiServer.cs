using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FeedFunctions.TestSupport.FakeOpenAi;

/// <summary>A loopback server speaking the chat-completions protocol on Azure OpenAI and OpenAI-compatible routes.</summary>
/// <remarks>Routes: POST /openai/deployments/{deployment}/chat/completions?api-version=... (Azure) and
/// POST {base}/chat/completions, e.g. /v1/chat/completions (OpenAI, Ollama, llama.cpp). Anything else is 404.</remarks>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private const string ChatCompletions = "/chat/completions";
    private const string AzurePrefix = "/openai/deployments/";

    private readonly ConcurrentQueue<FakeOpenAiReply> scripted = new();
    private readonly ConcurrentQueue<FakeOpenAiRequest> requests = new();
    private LoopbackServer? server;

    private FakeOpenAiServer()
    {
    }

    /// <summary>The reply given when no scripted reply is queued.</summary>
    public FakeOpenAiReply DefaultReply { get; set; } = FakeOpenAiReply.Status(503);

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyList<FakeOpenAiRequest> Requests => requests.ToArray();

    /// <summary>The Azure OpenAI resource URL.</summary>
    public Uri AzureEndpoint => Server.BaseUrl;

    /// <summary>The OpenAI-compatible base URL, as OpenAI, Ollama and llama.cpp serve it.</summary>
    public Uri OpenAiBaseUrl => Server.Url("v1");

    private LoopbackServer Server => server ?? throw new InvalidOperationException("fake openai: not started");

    public static async Task<FakeOpenAiServer> StartAsync(CancellationToken cancellationToken)
    {
        var fake = new FakeOpenAiServer();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync, cancellationToken);
        return fake;
    }

    /// <summary>Queues replies to give, in order, before <see cref="DefaultReply"/>.</summary>
    public void Enqueue(params FakeOpenAiReply[] replies)
    {
        foreach (var reply in replies)
        {
            scripted.Enqueue(reply);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!HttpMethods.IsPost(context.Request.Method) || !path.EndsWith(ChatCompletions, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var deployment = path.StartsWith(AzurePrefix, StringComparison.Ordinal)
            ? path[AzurePrefix.Length..^ChatCompletions.Length]
            : null;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        requests.Enqueue(new FakeOpenAiRequest(path, context.Request.QueryString.Value ?? "", deployment, headers, JsonNode.Parse(body)));

        var reply = scripted.TryDequeue(out var next) ? next : DefaultReply;
        await WriteAsync(context, reply, deployment ?? "fake-model");
    }

    private static async Task WriteAsync(HttpContext context, FakeOpenAiReply reply, string model)
    {
        if (reply.Hangs)
        {
            // Held open until the client times out and aborts the request.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        context.Response.StatusCode = reply.StatusCode;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }
        if (reply.RawBody is not null)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(reply.RawBody, context.RequestAborted);
            return;
        }
        context.Response.ContentType = "application/json";
        var body = reply.StatusCode == 200 ? CompletionBody(reply, model) : ErrorBody(reply.StatusCode);
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static JsonObject CompletionBody(FakeOpenAiReply reply, string model) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content, ["refusal"] = reply.Refusal },
            ["finish_reason"] = reply.FinishReason,
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = reply.PromptTokens,
            ["completion_tokens"] = reply.CompletionTokens,
            ["total_tokens"] = reply.PromptTokens + reply.CompletionTokens,
        },
    };

    private static JsonObject ErrorBody(int statusCode) => new()
    {
        ["error"] = new JsonObject
        {
            ["message"] = $"fake openai: status {statusCode}",
            ["type"] = statusCode == 429 ? "rate_limit_exceeded" : "server_error",
            ["code"] = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
