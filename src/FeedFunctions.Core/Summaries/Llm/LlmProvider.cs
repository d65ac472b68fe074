namespace FeedFunctions.Summaries.Llm;

/// <summary>Which protocol dialect the configured LLM endpoint speaks.</summary>
public enum LlmProvider
{
    /// <summary>An Azure OpenAI resource: deployment routes, api-key header or Entra ID.</summary>
    AzureOpenAI,

    /// <summary>Any OpenAI-compatible base URL (OpenAI, Ollama, llama.cpp server): model name, Bearer key.</summary>
    OpenAICompatible,
}
