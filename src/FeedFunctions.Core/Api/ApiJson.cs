using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedFunctions.Api;

/// <summary>The JSON conventions of every API body: camelCase names and enums, ISO 8601 dates.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
