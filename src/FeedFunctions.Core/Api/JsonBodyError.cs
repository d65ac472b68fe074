using System.Text.Json;

namespace FeedFunctions.Api;

/// <summary>Turns a JSON deserialization failure into a validation problem in our words: the field and what is wrong, never the .NET type it was bound to.</summary>
public static class JsonBodyError
{
    /// <summary>A 400 validation problem naming the field at fault, or "body" when the body as a whole is not a JSON object.</summary>
    public static ApiResponse Problem(JsonException error)
    {
        // System.Text.Json's message names the target type ("could not be converted to System.Nullable`1[System.Int32]"),
        // so only the path and position are used.
        // A syntax error (including nesting past the maximum depth) comes from the reader, wrapped; a value of the wrong type does not.
        var syntax = error.InnerException is JsonException;
        var field = syntax ? null : FieldOf(error.Path);
        if (field is not null)
        {
            return Problems.Validation(field, $"{field} has the wrong type or is not valid JSON; the API reference at {ApiReference.DocsPath} gives each field's type.");
        }
        var where = error.LineNumber is { } line ? $" (line {line + 1}, byte {error.BytePositionInLine + 1})" : "";
        return Problems.Validation("body", $"The body must be one JSON object{where}.");
    }

    // "$.sentences" or "$.topics[2]" name a field; "$", "$[0]..." or no path are the body itself.
    private static string? FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal)) return null;
        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        name = end < 0 ? name : name[..end];
        return name.Length is > 0 and <= 64 && name.All(char.IsAsciiLetterOrDigit) ? name : null;
    }
}
