using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options of `eval background`.</summary>
public sealed class EvalBackgroundSettings : EvalSettings
{
    [CommandOption("-o|--output <PATH>")]
    [Description("Where to write the gzipped frequencies, e.g. src/FeedFunctions.Core/Summaries/Resources/background-en.tsv.gz")]
    public string Output { get; init; } = "";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("eval: --output is required");
        return base.Validate();
    }
}
