using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options of `eval stories`.</summary>
public sealed class EvalStoriesSettings : EvalSettings
{
    [CommandOption("--embeddings")]
    [Description("Blend in all-MiniLM-L6-v2 headline embeddings (Stories:UseEmbeddings=true); the baseline is unchanged")]
    public bool Embeddings { get; init; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Write one JSON line {id, cluster} per headline, so others can score it")]
    public string? Output { get; init; }

    [CommandOption("--sweep")]
    [Description("Also print our F1 over a range of join thresholds on each half of the data (the robustness check)")]
    public bool Sweep { get; init; }

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful) return result;
        if (Output is { } output && Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder && !Directory.Exists(folder))
        {
            return ValidationResult.Error("eval stories: the folder of --output does not exist: " + folder);
        }
        return ValidationResult.Success();
    }
}
