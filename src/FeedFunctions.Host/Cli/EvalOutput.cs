using Spectre.Console;

namespace FeedFunctions.Host.Cli;

/// <summary>Formatting and failure output shared by the evaluation commands.</summary>
internal static class EvalOutput
{
    /// <summary>A 0-1 share as a percentage with two decimals.</summary>
    public static string Percent(double share) => (share * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keeps result tables on one line each when the output goes to a file or a pipe (Spectre assumes 80 columns there).</summary>
    public static void WidenWhenRedirected()
    {
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
    }

    /// <summary>Prints <paramref name="message"/> to stderr and returns the failing exit code.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
