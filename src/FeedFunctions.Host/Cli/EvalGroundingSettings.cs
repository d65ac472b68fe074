using System.ComponentModel;
using FeedFunctions.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options of `eval grounding`: the data set, and the seed the statements are made with.</summary>
public sealed class EvalGroundingSettings : EvalSettings
{
    [CommandOption("--seed <N>")]
    [Description("Seed for making the statements (default 1); the same seed and data give the same table")]
    public int Seed { get; init; } = 1;

    [CommandOption("--paraphrase-share <SHARE>")]
    [Description("Share of content words a faithful paraphrase replaces (default 0.3): how freely the model is assumed to reword")]
    public double ParaphraseShare { get; init; } = GroundingStatementGenerator.DefaultParaphraseShare;

    public override ValidationResult Validate()
    {
        if (ParaphraseShare is < 0 or > 1) return ValidationResult.Error("eval: --paraphrase-share must be between 0 and 1");
        return base.Validate();
    }
}
