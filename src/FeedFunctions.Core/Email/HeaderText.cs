using System.Text;

namespace FeedFunctions.Email;

/// <summary>Makes untrusted text safe for a header: no CR, LF or other control characters, so it can never start a header of its own.</summary>
public static class HeaderText
{
    public static string Clean(string? value, int maxLength)
    {
        var sb = new StringBuilder(Math.Min(value?.Length ?? 0, maxLength));
        var pendingSpace = false;
        foreach (var c in value ?? "")
        {
            // CR and LF end a header line (RFC 5322 section 2.2); every control character becomes a plain space.
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
            if (sb.Length >= maxLength) break;
        }
        return sb.ToString();
    }
}
