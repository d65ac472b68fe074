using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options shared by the evaluation commands.</summary>
public class EvalSettings : CommandSettings
{
    [CommandOption("-i|--input <PATH>")]
    [Description("JSON-lines data set, e.g. ../shared/eval/summarization/bbc-news-summary.jsonl")]
    public string Input { get; init; } = "";

    [CommandOption("-n|--limit <N>")]
    [Description("Evaluate only the first N rows")]
    public int? Limit { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Input)) return ValidationResult.Error("eval: --input is required");
        if (!File.Exists(Input)) return ValidationResult.Error("eval: input file not found: " + Input);
        if (Limit is <= 0) return ValidationResult.Error("eval: --limit must be positive");
        return ValidationResult.Success();
    }
}
