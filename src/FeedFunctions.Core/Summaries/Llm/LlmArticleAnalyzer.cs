using System.ClientModel;
using System.Diagnostics.Metrics;
using System.Text.Json;
using FeedFunctions.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace FeedFunctions.Summaries.Llm;

/// <summary>Summarizes and tags an article with one structured chat completion, checked against the article.</summary>
/// <remarks>Transient endpoint failures throw <see cref="LlmUnavailableException"/> so the queue retries; bad
/// replies (malformed, off-schema, refused, ungrounded) return the fallback analyzer's result (docs/llm.md).</remarks>
public sealed class LlmArticleAnalyzer : IArticleAnalyzer
{
    public const string ServiceKey = "llm";
    public const string Method = "llm";

    // The headline is abstractive by nature: it is held to the names-and-numbers rules, not to word overlap.
    private const double HeadlineThreshold = 0;
    private const int MaxBullets = 5;
    private const int MaxTags = 10;

    private readonly ChatClient chat;
    private readonly LlmOptions options;
    private readonly IArticleAnalyzer fallback;
    private readonly LlmMetrics metrics;
    private readonly ILogger logger;

    public LlmArticleAnalyzer(
        IOptions<LlmOptions> options,
        [FromKeyedServices("extractive")] IArticleAnalyzer fallback,
        IMeterFactory meterFactory,
        TimeProvider clock,
        ILogger<LlmArticleAnalyzer> logger)
        : this(LlmClientFactory.Create(options.Value, null, clock), options.Value, fallback, meterFactory, logger)
    {
    }

    internal LlmArticleAnalyzer(ChatClient chat, LlmOptions options, IArticleAnalyzer fallback, IMeterFactory meterFactory, ILogger logger)
    {
        this.chat = chat;
        this.options = options;
        this.fallback = fallback;
        metrics = new LlmMetrics(meterFactory);
        this.logger = logger;
    }

    public async Task<ArticleAnalysis> AnalyzeAsync(AnalysisRequest request, CancellationToken cancellationToken)
    {
        var sentences = ArticleSentences.Split(request.Text);
        var sent = ArticleSentences.TrimToBudget(sentences, options.MaxInputTokens);
        if (sent.Count < sentences.Count)
        {
            LlmLog.Trimmed(logger, sentences.Count, sent.Count, options.MaxInputTokens);
        }

        var completion = await CompleteAsync(LlmPrompt.Messages(request.Title, sent, request.SentenceCount, options.TargetLanguage), cancellationToken);
        if (completion.Completion is not { } result)
        {
            return await FallBackAsync(request, completion.Reason!, completion.Problem!, cancellationToken);
        }
        if (result.Usage is { } usage)
        {
            metrics.Tokens(usage.InputTokenCount, usage.OutputTokenCount);
        }
        if (Unusable(result) is { } unusable)
        {
            return await FallBackAsync(request, unusable.Reason, unusable.Problem, cancellationToken);
        }

        var reply = LlmReplyParser.Parse(result.Content[0].Text, out var reason, out var problem);
        if (reply is null)
        {
            return await FallBackAsync(request, reason!, problem!, cancellationToken);
        }

        var source = GroundingSource.Create(request.Title, sent);
        var translated = options.TargetLanguage is { } target && !string.Equals(target, reply.Language, StringComparison.OrdinalIgnoreCase);
        var summary = new List<SummarySentence>();
        foreach (var statement in reply.Summary.Take(request.SentenceCount))
        {
            var grounding = GroundingCheck.Check(statement, source, options.GroundingThreshold, translated);
            if (!grounding.IsGrounded)
            {
                return await UngroundedAsync(request, statement, grounding.Problem!, cancellationToken);
            }
            summary.Add(new SummarySentence(statement, grounding.SourceIndex));
        }
        var bullets = reply.Bullets.Take(MaxBullets).ToList();
        foreach (var statement in bullets)
        {
            var grounding = GroundingCheck.Check(statement, source, options.GroundingThreshold, translated);
            if (!grounding.IsGrounded)
            {
                return await UngroundedAsync(request, statement, grounding.Problem!, cancellationToken);
            }
        }
        var headline = GroundingCheck.Check(reply.Headline, source, HeadlineThreshold, translated);
        if (!headline.IsGrounded)
        {
            return await UngroundedAsync(request, reply.Headline, headline.Problem!, cancellationToken);
        }

        return new ArticleAnalysis
        {
            Headline = reply.Headline,
            // The first grounded summary sentence that reads as a lede (a whole sentence of at most 35 words), as the extractive analyzer's.
            Lede = LedeSelector.Choose(summary.Select(s => s.Text)) is { Length: > 0 } lede ? lede : reply.Headline,
            Summary = summary,
            Bullets = bullets,
            Tags = ToTags(reply.Tags),
            Category = reply.Category,
            Language = IsLanguageCode(reply.Language) ? reply.Language.ToLowerInvariant() : null,
            Method = Method,
        };
    }

    private async Task<(ChatCompletion? Completion, string? Reason, string? Problem)> CompleteAsync(
        IReadOnlyList<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatCompletionOptions { ResponseFormat = LlmPrompt.ResponseFormat() };
        if (options.Temperature is { } temperature)
        {
            chatOptions.Temperature = (float)temperature;
        }
        try
        {
            return ((await chat.CompleteChatAsync(messages, chatOptions, cancellationToken)).Value, null, null);
        }
        catch (ClientResultException e) when (IsTransient(e.Status))
        {
            throw Unavailable($"llm: the endpoint answered HTTP {e.Status} after {options.MaxRetries} retries", e, e.Status);
        }
        catch (ClientResultException e)
        {
            // 400 (content filter, context too long) and 401/403/404 (settings) will not pass on a retry:
            // the article still gets its extractive summary, and the error log tells the operator.
            LlmLog.Rejected(logger, e.Status, e.Message);
            return (null, $"http_{e.Status}", e.Message);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable($"llm: no answer within {options.Timeout}", e, null);
        }
        catch (AggregateException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The retry policy aggregates the exceptions of several failed attempts (timeouts, network errors).
            throw Unavailable($"llm: every attempt failed ({e.InnerExceptions[^1].Message})", e, null);
        }
        catch (JsonException e)
        {
            // A 200 whose body is not a chat completion: a proxy's page or a server that does not speak the protocol.
            return (null, LlmReplyParser.Malformed, $"llm: the response body is not a chat completion ({e.Message})");
        }
    }

    private LlmUnavailableException Unavailable(string problem, Exception inner, int? status)
    {
        LlmLog.Unavailable(logger, problem);
        return new LlmUnavailableException(problem, inner) { Status = status };
    }

    // 0 means no response at all (connection refused or reset); 408 and 429 ask us to come back later.
    private static bool IsTransient(int status) => status is 0 or 408 or 429 or >= 500;

    private static (string Reason, string Problem)? Unusable(ChatCompletion completion)
    {
        if (!string.IsNullOrEmpty(completion.Refusal))
        {
            return ("refusal", $"llm: the model refused: {completion.Refusal}");
        }
        if (completion.FinishReason == ChatFinishReason.ContentFilter)
        {
            return ("content_filter", "llm: the reply was stopped by the content filter");
        }
        if (completion.FinishReason == ChatFinishReason.Length)
        {
            return (LlmReplyParser.Malformed, "llm: the reply was cut off at the output token limit");
        }
        return completion.Content.Count == 0 || string.IsNullOrWhiteSpace(completion.Content[0].Text)
            ? (LlmReplyParser.Malformed, "llm: the reply has no text content")
            : null;
    }

    private async Task<ArticleAnalysis> UngroundedAsync(AnalysisRequest request, string statement, string problem, CancellationToken cancellationToken)
    {
        LlmLog.Ungrounded(logger, problem, statement);
        metrics.Ungrounded();
        metrics.Fallback("ungrounded");
        return await fallback.AnalyzeAsync(request, cancellationToken);
    }

    private async Task<ArticleAnalysis> FallBackAsync(AnalysisRequest request, string reason, string problem, CancellationToken cancellationToken)
    {
        LlmLog.FallingBack(logger, reason, problem);
        metrics.Fallback(reason);
        return await fallback.AnalyzeAsync(request, cancellationToken);
    }

    private static List<Tag> ToTags(IReadOnlyList<(string Name, string Kind)> tags)
    {
        // The model ranks its tags; the score keeps that order on the same 0..1 scale as the extractive tagger.
        var unique = tags.Where(t => TagSlug.From(t.Name).Length > 0).DistinctBy(t => TagSlug.From(t.Name)).Take(MaxTags).ToList();
        return unique.Select((t, rank) => new Tag(t.Name, ToKind(t.Kind), 1.0 - ((double)rank / unique.Count))).ToList();
    }

    private static TagKind ToKind(string kind) => kind switch
    {
        "person" => TagKind.Person,
        "place" => TagKind.Place,
        "organization" => TagKind.Organization,
        _ => TagKind.Keyphrase,
    };

    private static bool IsLanguageCode(string value) => value.Length == 2 && value.All(char.IsAsciiLetter);
}
