using System.Diagnostics.Metrics;

namespace FeedFunctions.Summaries.Llm;

/// <summary>The counters of the LLM summarizer on the "FeedFunctions" meter.</summary>
internal sealed class LlmMetrics
{
    public const string MeterName = "FeedFunctions";
    public const string UngroundedName = "feedfunctions.llm.ungrounded";
    public const string FallbackName = "feedfunctions.llm.fallback";
    public const string TokensName = "feedfunctions.llm.tokens";

    private readonly Counter<long> ungrounded;
    private readonly Counter<long> fallback;
    private readonly Counter<long> tokens;

    public LlmMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        ungrounded = meter.CreateCounter<long>(UngroundedName, "{article}", "LLM summaries rejected by the grounding check.");
        fallback = meter.CreateCounter<long>(FallbackName, "{article}", "Articles summarised by the fallback analyzer instead of the LLM.");
        tokens = meter.CreateCounter<long>(TokensName, "{token}", "Tokens used by LLM completions, by type (input or output).");
    }

    public void Ungrounded() => ungrounded.Add(1);

    public void Fallback(string reason) => fallback.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Tokens(int input, int output)
    {
        tokens.Add(input, new KeyValuePair<string, object?>("token.type", "input"));
        tokens.Add(output, new KeyValuePair<string, object?>("token.type", "output"));
    }
}
