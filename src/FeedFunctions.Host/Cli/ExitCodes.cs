namespace FeedFunctions.Host.Cli;

/// <summary>What every command answers with: 0 done, 1 failed, 2 bad usage (and 130 when stopped with Ctrl+C).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The command ran and could not do its work: a setting missing, storage or a site unreachable, a file that is not a feed or OPML.</summary>
    public const int Failed = 1;
    /// <summary>The command line itself is wrong: unknown command or option, missing or invalid argument, a file that does not exist.</summary>
    public const int BadUsage = 2;
}
