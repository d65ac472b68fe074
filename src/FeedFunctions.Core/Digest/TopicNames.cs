using System.Globalization;

namespace FeedFunctions.Digest;

/// <summary>A readable name for a topic slug when no stored tag carries its real name.</summary>
public static class TopicNames
{
    /// <summary>"north-korea" becomes "North Korea": words capitalised, as tag names mostly are.</summary>
    public static string FromSlug(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
}
