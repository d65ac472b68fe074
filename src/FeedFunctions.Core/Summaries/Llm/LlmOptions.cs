using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Settings of the LLM summarizer; the section is optional and the LLM is used only when it names an endpoint.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>AzureOpenAI (the default) or OpenAICompatible.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.AzureOpenAI;

    /// <summary>The Azure OpenAI resource URL, or the OpenAI-compatible base URL (ending in /v1 for OpenAI, Ollama and llama.cpp).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The key; for Azure OpenAI, absent means Entra ID through DefaultAzureCredential.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The Azure deployment name, or the model name of an OpenAI-compatible endpoint.</summary>
    public string? Deployment { get; set; }

    /// <summary>ISO 639-1 code of the language summaries are written in; absent means the article's own language.</summary>
    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Llm:TargetLanguage must be an ISO 639-1 code such as 'en'.")]
    public string? TargetLanguage { get; set; }

    /// <summary>Budget for the article text sent, in tokens (estimated as 4 characters each).</summary>
    [Range(200, 1_000_000, ErrorMessage = "Llm:MaxInputTokens must be between 200 and 1000000.")]
    public int MaxInputTokens { get; set; } = 6000;

    /// <summary>Least share of a summary sentence's content words that one article passage must contain.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Llm:GroundingThreshold must be between 0 and 1.")]
    public double GroundingThreshold { get; set; } = 0.65;

    /// <summary>Time allowed for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Llm:Timeout must be between 1 second and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Sampling temperature; absent leaves the model's default (reasoning models accept no other).</summary>
    [Range(0.0, 2.0, ErrorMessage = "Llm:Temperature must be between 0 and 2.")]
    public double? Temperature { get; set; }

    /// <summary>Retries of 408, 429, 5xx and network failures inside one call, honouring Retry-After.</summary>
    [Range(0, 10, ErrorMessage = "Llm:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Whether <paramref name="configuration"/> turns the LLM summarizer on, that is whether Llm:Endpoint is set.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(Section)[nameof(Endpoint)]);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is null || string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult(
                "llm: set both Llm:Endpoint and Llm:Deployment (the Azure deployment or the model name).",
                [nameof(Endpoint), nameof(Deployment)]);
        }
        else if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("llm: Llm:Endpoint must be an absolute http or https URL.", [nameof(Endpoint)]);
        }
    }
}
