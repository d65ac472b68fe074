namespace FeedFunctions.Benchmarks;

/// <summary>Finds the repository and the shared evaluation data from the benchmark's working folder.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = FindRoot();

    public static string Eval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FeedFunctions.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("bench: FeedFunctions.sln not found; run from the repository");
    }
}
