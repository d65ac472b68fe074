using System.Reflection;

namespace FeedFunctions.Infra.Tests;

/// <summary>The options classes of an assembly by section, following src/FeedFunctions.Core/Configuration/README.md.</summary>
internal sealed class OptionsCatalog
{
    private readonly Dictionary<string, Type> bySection;

    private OptionsCatalog(Dictionary<string, Type> bySection) => this.bySection = bySection;

    public IReadOnlyCollection<string> Sections => bySection.Keys;

    /// <summary>Every public class with <c>public const string Section</c>.</summary>
    public static OptionsCatalog FromAssembly(Assembly assembly)
    {
        // Configuration keys are case-insensitive, so the sections are too.
        var bySection = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in assembly.GetExportedTypes().Where(t => t.IsClass))
        {
            var field = type.GetField("Section", BindingFlags.Public | BindingFlags.Static);
            if (field is { IsLiteral: true } && field.FieldType == typeof(string) && field.GetRawConstantValue() is string section)
            {
                if (!bySection.TryAdd(section, type))
                {
                    throw new InvalidOperationException($"options: section {section} is declared by both {bySection[section].FullName} and {type.FullName}.");
                }
            }
        }
        return new OptionsCatalog(bySection);
    }

    /// <summary>Null when setting X__P names a settable property P of the options class of section X, else why not.</summary>
    public string? Explain(string settingName)
    {
        var parts = settingName.Split("__");
        if (parts.Length < 2 || parts.Any(string.IsNullOrEmpty))
        {
            return $"{settingName}: not of the form Section__Property";
        }
        if (!bySection.TryGetValue(parts[0], out var type))
        {
            return $"{settingName}: no public options class with Section = \"{parts[0]}\"";
        }
        var property = type.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetSetMethod() is null)
        {
            return $"{settingName}: {type.Name} has no public settable property {parts[1]}";
        }
        return null;
    }
}
