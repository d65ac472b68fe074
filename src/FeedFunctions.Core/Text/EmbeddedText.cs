using System.Reflection;

namespace FeedFunctions.Text;

/// <summary>Reads the small word lists embedded in the assembly, skipping blank lines and '#' comments.</summary>
public static class EmbeddedText
{
    /// <summary>The content lines of the embedded resource whose name ends with <paramref name="fileName"/>.</summary>
    public static IEnumerable<string> ReadLines(Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("text: embedded resource " + fileName + " is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            yield return trimmed;
        }
    }
}
