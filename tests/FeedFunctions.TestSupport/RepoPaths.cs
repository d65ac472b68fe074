namespace FeedFunctions.TestSupport;

/// <summary>Finds the repository root and the shared evaluation data from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the checkout, as the project brief lays it out.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Eval => Path.Combine(Shared, "eval");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedFunctions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("tests: FeedFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}
