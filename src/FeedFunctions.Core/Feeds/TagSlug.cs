using System.Text;

namespace FeedFunctions.Feeds;

/// <summary>Turns a tag name into a slug: lowercase letters and digits, words joined by '-'.</summary>
public static class TagSlug
{
    public static string From(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }
}
