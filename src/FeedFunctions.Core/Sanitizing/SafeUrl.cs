using System.Text.RegularExpressions;

namespace FeedFunctions.Sanitizing;

/// <summary>Decides whether a URL in sanitized HTML is safe to keep, and makes relative ones absolute.</summary>
internal static partial class SafeUrl
{
    /// <summary>The URL to write, resolved against <paramref name="baseUrl"/>, or null when its scheme is not allowed.</summary>
    public static string? Clean(string value, Uri? baseUrl, bool isImageSource)
    {
        // Browsers ignore tabs, newlines and leading control characters in URLs ("java\nscript:"), so we do too.
        var compact = ControlOrSpace().Replace(value, "");
        if (compact.Length == 0) return null;
        var scheme = Scheme().Match(compact);
        if (scheme.Success)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            if (name == "data") return isImageSource && SafeDataImage().IsMatch(compact) ? compact : null;
            if (name is not ("http" or "https" or "mailto" or "ftp" or "tel")) return null;
            return value.Trim();
        }
        if (baseUrl is not null && baseUrl.IsAbsoluteUri && Uri.TryCreate(baseUrl, value.Trim(), out var resolved)
            && resolved.Scheme is "http" or "https")
        {
            return resolved.AbsoluteUri;
        }
        return value.Trim();
    }

    /// <summary>A srcset with only its safe candidates, each URL resolved; null when none is left.</summary>
    public static string? CleanSrcset(string value, Uri? baseUrl)
    {
        var candidates = new List<string>();
        foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = candidate.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var url = Clean(parts[0], baseUrl, isImageSource: false);
            if (url is not null) candidates.Add(parts.Length > 1 ? url + " " + parts[1] : url);
        }
        return candidates.Count == 0 ? null : string.Join(", ", candidates);
    }

    [GeneratedRegex(@"[\u0000-\u0020]", RegexOptions.CultureInvariant)]
    private static partial Regex ControlOrSpace();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    // Raster images only: an SVG image can carry script when opened on its own.
    [GeneratedRegex(@"^data:image/(?:png|jpe?g|gif|webp|avif|bmp);", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeDataImage();
}
