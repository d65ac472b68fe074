using System.ComponentModel;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>The option shared by serve and run: use the bundled sample feeds.</summary>
public class SampleSettings : CommandSettings
{
    [CommandOption("--samples")]
    [Description("Serve the bundled sample feeds on loopback and subscribe to them (needs Fetching:AllowPrivateNetworks=true).")]
    public bool Samples { get; init; }
}
