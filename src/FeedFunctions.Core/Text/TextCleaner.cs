using System.Net;
using System.Text.RegularExpressions;

namespace FeedFunctions.Text;

/// <summary>Turns article text into clean prose: leftover markup, bylines, datelines and boilerplate lines removed.</summary>
public static partial class TextCleaner
{
    /// <summary>Cleans <paramref name="text"/>, keeping paragraph breaks as blank lines.</summary>
    public static string Clean(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (s.Contains('<')) s = BlockTag().Replace(s, "\n\n");
        if (s.Contains('<')) s = AnyTag().Replace(s, "");
        if (s.Contains('&')) s = WebUtility.HtmlDecode(s);
        s = s.Replace('\u00A0', ' ').Replace("\u200B", "");
        s = MailOnlineByline().Replace(s, "\n\n");
        s = Updated().Replace(s, "\n\n");
        s = LeadingDateline().Replace(s, "");
        s = ParagraphDateline().Replace(s, "\n\n");
        s = InlineBoilerplate().Replace(s, " ");

        var kept = new List<string>();
        foreach (var line in s.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (IsBoilerplate(trimmed.Trim())) continue;
            kept.Add(trimmed);
        }
        var joined = string.Join('\n', kept);
        joined = ManyBlankLines().Replace(joined, "\n\n");
        return InlineSpaces().Replace(joined, " ").Trim();
    }

    private static bool IsBoilerplate(string line)
    {
        if (line.Length == 0) return false;
        if (line.Length > 160) return false;
        return BoilerplateLine().IsMatch(line) || BylineLine().IsMatch(line);
    }

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>\n]{1,300}>")]
    private static partial Regex AnyTag();

    // Daily Mail style: "By . Jane Doe . PUBLISHED: 12:01 EST, 1 May 2013 . | . UPDATED: 12:30 EST, 1 May 2013 ."
    [GeneratedRegex(@"(^|\n)\s*(Last updated at .{0,60}?\.\s*)?By \.\s.{0,200}?(PUBLISHED|UPDATED):.{0,80}?\d{4}\s*\.(\s*\|\s*\.\s*UPDATED:.{0,80}?\d{4}\s*\.)?", RegexOptions.Singleline)]
    private static partial Regex MailOnlineByline();

    [GeneratedRegex(@"(^|\n)\s*(PUBLISHED|UPDATED|Last updated):[^\n]{0,80}?\d{4}\s*\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Updated();

    // "(CNN) -- ", "WASHINGTON (Reuters) - ", "LONDON, May 1 (AP) — " at the very start.
    [GeneratedRegex(@"^\s*([A-Z][A-Za-z .,'-]{0,60}?\s*)?\((CNN|Reuters|AP|AFP|AP Photo|Bloomberg|BBC|UPI|dpa|Xinhua|EW\.com|CNN Student News)\)\s*(--|—|–|-|:)?\s*")]
    private static partial Regex LeadingDateline();

    [GeneratedRegex(@"\n\s*([A-Z][A-Z .,'-]{2,40}\s*)?\((CNN|Reuters|AP|AFP|Bloomberg|UPI)\)\s*(--|—|–|-)\s*")]
    private static partial Regex ParagraphDateline();

    // Mail Online puts "Scroll down for video" inside paragraphs; photo credits sit in brackets in the text.
    [GeneratedRegex(@"(\bScroll down for (the )?video\b\s*\.?|\((Photo|Picture|Image|Photograph|Credit)s?:?[^()\n]{0,80}\)|\((Getty Images|AP Photo|AFP|Reuters|PA|EPA)(/[^()\n]{0,40})?\))", RegexOptions.IgnoreCase)]
    private static partial Regex InlineBoilerplate();

    [GeneratedRegex(@"^(comments are closed\.?|share this( article| story)?:?|advertisement|read more:?.*|related:?|click here.*|follow (us|him|her) on (twitter|facebook).*|all rights reserved\.?|copyright .*|©.*|sign up for .*|subscribe to .*|image (copyright|caption).*|(photo|photograph|picture|image)s?( credit)?:.*|credit:.*|getty images|scroll down for (the )?video\.?|reporting by .*|editing by .*|email this.*|print this.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateLine();

    [GeneratedRegex(@"^(By|BY) [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?\s*[,.|]?\s*([A-Z][\w ]{0,40})?$")]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"\n[ \t]*\n(\s*\n)+")]
    private static partial Regex ManyBlankLines();

    [GeneratedRegex(@"[ \u2009\u202F]{2,}")]
    private static partial Regex InlineSpaces();
}
