using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Creates the chat client for the configured provider, with our retry policy and per-attempt timeout.</summary>
internal static class LlmClientFactory
{
    // OpenAI-compatible local servers (Ollama, llama.cpp) ignore the key, but the client requires one.
    private const string NoKey = "no-key";

    /// <summary>The chat client; <paramref name="credential"/> is used for Azure without a key (DefaultAzureCredential when null).</summary>
    public static ChatClient Create(LlmOptions options, TokenCredential? credential, TimeProvider clock)
    {
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("llm: Llm:Endpoint is not set.");
        var deployment = options.Deployment ?? throw new InvalidOperationException("llm: Llm:Deployment is not set.");
        var retry = new RetryAfterPolicy(options.MaxRetries, clock);

        if (options.Provider == LlmProvider.OpenAICompatible)
        {
            var openAiOptions = new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = retry, NetworkTimeout = options.Timeout };
            return new OpenAIClient(new ApiKeyCredential(NonEmpty(options.ApiKey) ?? NoKey), openAiOptions).GetChatClient(deployment);
        }

        var azureOptions = new AzureOpenAIClientOptions { RetryPolicy = retry, NetworkTimeout = options.Timeout };
        var azure = NonEmpty(options.ApiKey) is { } key
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(key), azureOptions)
            : new AzureOpenAIClient(endpoint, credential ?? new DefaultAzureCredential(), azureOptions);
        return azure.GetChatClient(deployment);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
