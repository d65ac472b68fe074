using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FeedFunctions.Infra.Tests;

/// <summary>infra/main.parameters.json (what azd passes) agrees with the parameters main.bicep declares.</summary>
public sealed partial class ParametersFileTests(MainTemplateFixture main)
{
    private static JsonObject ParametersFile =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(MainTemplateFixture.MainBicep)!, "main.parameters.json")))!["parameters"]!.AsObject();

    private JsonObject TemplateParameters =>
        main.Template?["parameters"]?.AsObject() ?? throw new InvalidOperationException(main.Build.Transcript);

    [Fact]
    public void ParametersFile_EveryParameter_IsDeclaredInMainBicep()
    {
        var unknown = ParametersFile.Select(p => p.Key).Where(name => !TemplateParameters.ContainsKey(name)).ToList();

        Assert.True(unknown.Count == 0, "main.parameters.json sets parameters main.bicep lacks: " + string.Join(", ", unknown));
    }

    [Fact]
    public void ParametersFile_EveryRequiredParameter_IsGiven()
    {
        var missing = TemplateParameters.Where(p => p.Value?["defaultValue"] is null).Select(p => p.Key)
            .Where(name => !ParametersFile.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, "main.bicep parameters without default that azd would not pass: " + string.Join(", ", missing));
    }

    [Fact]
    public void ParametersFile_EnvironmentDefaults_MatchBicepDefaults()
    {
        // "${NAME=default}" is azd's fallback when NAME is unset; it must not drift from the Bicep default.
        var drift = new List<string>();
        foreach (var (name, entry) in ParametersFile)
        {
            var match = EnvironmentDefault().Match((string?)entry?["value"] ?? "");
            if (!match.Success) continue;
            var bicepDefault = TemplateParameters[name]?["defaultValue"] switch
            {
                JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
                JsonNode node => node.ToString(),
                null => "(none)",
            };
            if (bicepDefault != match.Groups["default"].Value) drift.Add($"{name}: file {match.Groups["default"].Value}, bicep {bicepDefault}");
        }

        Assert.True(drift.Count == 0, string.Join("\n", drift));
    }

    [GeneratedRegex(@"^\$\{[A-Z0-9_]+=(?<default>.*)\}$")]
    private static partial Regex EnvironmentDefault();
}
