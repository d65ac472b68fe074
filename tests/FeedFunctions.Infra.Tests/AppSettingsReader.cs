using System.Text.Json.Nodes;

namespace FeedFunctions.Infra.Tests;

/// <summary>Lists the app settings a compiled ARM template writes to its Function Apps, with each value's source text.</summary>
internal static class AppSettingsReader
{
    public static IReadOnlyDictionary<string, string> Read(JsonObject template)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(template, settings);
        return settings;
    }

    private static void Walk(JsonObject template, SortedDictionary<string, string> settings)
    {
        var variables = template["variables"] as JsonObject ?? [];
        foreach (var resource in Resources(template))
        {
            var type = (string?)resource["type"] ?? "";
            var name = (string?)resource["name"] ?? "";
            var properties = resource["properties"];
            if (type.Equals("Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                && properties?["template"] is JsonObject nested)
            {
                Walk(nested, settings);
            }
            else if (type.Equals("Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase)
                && name.Contains("appsettings", StringComparison.OrdinalIgnoreCase)
                && properties is not null)
            {
                CollectObject(properties, variables, settings);
            }
            else if (type.Equals("Microsoft.Web/sites", StringComparison.OrdinalIgnoreCase)
                && properties?["siteConfig"]?["appSettings"] is JsonArray pairs)
            {
                foreach (var pair in pairs)
                {
                    var key = (string?)pair?["name"] ?? throw new InvalidOperationException("settings: siteConfig.appSettings entry without a literal name: " + pair?.ToJsonString());
                    settings[key] = pair?["value"]?.ToJsonString() ?? "";
                }
            }
        }
    }

    // Bicep writes resources as an array, or as a symbolic-name object with languageVersion 2.0.
    private static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    private static void CollectObject(JsonNode node, JsonObject variables, SortedDictionary<string, string> settings)
    {
        switch (node)
        {
            case JsonObject literal:
                foreach (var (key, value) in literal) settings[key] = ValueText(value);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && ArmExpression.IsExpression(text):
                CollectExpression(ArmExpression.Parse(text), variables, settings);
                break;
            default:
                throw new InvalidOperationException("settings: app settings are neither an object nor an expression: " + node.ToJsonString());
        }
    }

    private static void CollectExpression(ArmNode node, JsonObject variables, SortedDictionary<string, string> settings)
    {
        switch (node)
        {
            case ArmNode.Call { Name: "union" } union:
                foreach (var part in union.Arguments) CollectExpression(part, variables, settings);
                break;
            case ArmNode.Call { Name: "if", Arguments.Count: 3 } choice:
                // Either branch may be deployed, so both count.
                CollectExpression(choice.Arguments[1], variables, settings);
                CollectExpression(choice.Arguments[2], variables, settings);
                break;
            case ArmNode.Call { Name: "createObject" } created:
                for (var i = 0; i + 1 < created.Arguments.Count; i += 2)
                {
                    if (created.Arguments[i] is not ArmNode.Literal key)
                    {
                        throw new InvalidOperationException("settings: computed setting name " + created.Arguments[i].Text);
                    }
                    settings[key.Value] = created.Arguments[i + 1].Text;
                }
                break;
            case ArmNode.Call { Name: "variables", Arguments: [ArmNode.Literal variable] }:
                var value = variables[variable.Value] ?? throw new InvalidOperationException("settings: unknown variable " + variable.Value);
                CollectObject(value, variables, settings);
                break;
            default:
                throw new InvalidOperationException("settings: cannot list the keys of " + node.Text);
        }
    }

    // An expression value reads the same whether it came from a literal object or from createObject().
    private static string ValueText(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text)
            ? ArmExpression.IsExpression(text) ? text[1..^1] : text
            : value?.ToJsonString() ?? "null";
}
