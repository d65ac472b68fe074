using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FeedFunctions.Api;

/// <summary>The JSON conventions of every API body: camelCase names and enums, ISO 8601 dates, readable text.</summary>
public static class ApiJson
{
    /// <summary>For API bodies only: served as application/json with nosniff, never pasted into HTML (use <see cref="HtmlSafeOptions"/> there).</summary>
    public static JsonSerializerOptions Options { get; } = Create(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>The same conventions with the default encoder, which escapes &lt; &gt; &amp; ' so the JSON can sit inside an HTML script or attribute.</summary>
    public static JsonSerializerOptions HtmlSafeOptions { get; } = Create(JavaScriptEncoder.Default);

    private static JsonSerializerOptions Create(JavaScriptEncoder encoder)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            // The relaxed encoder writes ' & € and non-ASCII letters as they are; it still escapes control
            // characters, quotes, backslashes and characters outside the Basic Multilingual Plane.
            Encoder = encoder,
            // The DTOs' metadata comes from the source generator; the reflection resolver is only a fallback for
            // bodies that are not DTOs (a test checks that every DTO is generated).
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }
}
