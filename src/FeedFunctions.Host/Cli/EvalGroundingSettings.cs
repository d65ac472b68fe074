using System.ComponentModel;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options of `eval grounding`: the data set, and the seed the statements are made with.</summary>
public sealed class EvalGroundingSettings : EvalSettings
{
    [CommandOption("--seed <N>")]
    [Description("Seed for making the statements (default 1); the same seed and data give the same table")]
    public int Seed { get; init; } = 1;
}
