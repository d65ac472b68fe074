namespace FeedFunctions.Scale;

/// <summary>What one scale run does: the farm's size, where storage is, and the command line to run.</summary>
public sealed record ScaleRunOptions
{
    public int Feeds { get; init; } = 1000;
    public int Items { get; init; } = 20;
    public int Hosts { get; init; } = 50;

    /// <summary>The storage connection string of a running Azurite; null starts one (in memory) for the run.</summary>
    public string? StorageConnectionString { get; init; }

    /// <summary>The built command line (feedfunctions.dll).</summary>
    public required string CliDll { get; init; }

    /// <summary>Where the OPML file and the statistics go.</summary>
    public required string WorkFolder { get; init; }

    /// <summary>Extra settings for the command line, as environment variables (Section__Key).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
