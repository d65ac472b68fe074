namespace FeedFunctions.Sanitizing;

/// <summary>Decides whether a URL in sanitized HTML is safe to keep, and makes relative ones absolute.</summary>
internal static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "ftp", "tel"];

    // Raster images only: an SVG image can carry script when opened on its own.
    private static readonly string[] SafeDataImages = ["data:image/png;", "data:image/jpeg;", "data:image/jpg;", "data:image/gif;", "data:image/webp;", "data:image/avif;", "data:image/bmp;"];

    /// <summary>The URL to write, resolved against <paramref name="baseUrl"/>, or null when its scheme is not allowed.</summary>
    public static string? Clean(string value, Uri? baseUrl, bool isImageSource)
    {
        // Browsers ignore tabs, newlines and leading control characters in URLs ("java\nscript:"), so we do too.
        var compact = value.AsSpan().ContainsAnyInRange('\u0000', '\u0020') ? RemoveControlsAndSpaces(value) : value;
        if (compact.Length == 0) return null;
        var colon = SchemeEnd(compact);
        if (colon > 0)
        {
            var scheme = compact.AsSpan(0, colon);
            if (scheme.Equals("data", StringComparison.OrdinalIgnoreCase))
            {
                return isImageSource && Array.Exists(SafeDataImages, p => compact.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? compact : null;
            }
            foreach (var allowed in AllowedSchemes)
            {
                if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase)) return value.Trim();
            }
            return null;
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

    // The index of the ":" ending a scheme (RFC 3986 section 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )), or -1.
    private static int SchemeEnd(string url)
    {
        if (!char.IsAsciiLetter(url[0])) return -1;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return i;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return -1;
        }
        return -1;
    }

    private static string RemoveControlsAndSpaces(string value) =>
        string.Create(value.Length - value.Count(c => c <= '\u0020'), value, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (c > '\u0020') span[i++] = c;
            }
        });
}
