using System.ComponentModel;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Options of `eval summaries`.</summary>
public sealed class EvalSummariesSettings : EvalSettings
{
    [CommandOption("--embeddings")]
    [Description("Rank our summaries with sentence embeddings too (Summaries:UseEmbeddings=true); Lead-3 and TextRank are unchanged")]
    public bool Embeddings { get; init; }
}
