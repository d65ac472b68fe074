using System.Globalization;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>Each fault case's figures, for docs/reliability.md: printed with the test's output and kept in fault-figures.md beside the test assembly.</summary>
internal static class FaultFigures
{
    private static readonly Lock Gate = new();

    public static void Write(string name, TimeSpan converged, int analyses, int redoneLost, long peakMegabytes, string note)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {converged.TotalSeconds:0.0} s | {analyses} | {redoneLost} | {peakMegabytes} MB | {note} |");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        lock (Gate) File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "fault-figures.md"), line + "\n");
    }
}
