using System.Reflection;
using FeedFunctions.Storage;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Pipeline.Tests;

/// <summary>docs/settings.md must name every setting the code reads, so the docs cannot drift from the options classes.</summary>
public sealed class SettingsDocTests
{
    [Fact]
    public void SettingsDoc_NamesEveryPropertyOfEveryOptionsClass()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "settings.md"));
        var settings = OptionsTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(p => $"`{t.GetField("Section")!.GetValue(null)}:{p.Name}`"))
            .ToList();

        Assert.True(settings.Count > 40, "the options classes were found");
        var missing = settings.Where(s => !doc.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "docs/settings.md lacks " + string.Join(", ", missing));
    }

    // Every class that follows the options convention (src/FeedFunctions.Core/Configuration/README.md).
    private static IEnumerable<Type> OptionsTypes() =>
        new[] { typeof(StorageOptions).Assembly, typeof(FeedFunctions.Host.Cli.FeedFunctionsCli).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });
}
