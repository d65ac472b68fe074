using System.Text;
using System.Text.RegularExpressions;

namespace FeedFunctions.Text;

/// <summary>Splits clean text into sentences, surviving abbreviations, initials, decimals, quotations and headings.</summary>
public static partial class SentenceSplitter
{
    // Lower-cased, without the final dot. Titles, months, common Latin and corporate abbreviations.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "gen", "lt", "col", "sgt", "capt", "cmdr",
        "gov", "sen", "rep", "pres", "supt", "insp", "det", "hon", "messrs", "mme", "mlle", "hr", "fr", "sra", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "e.g", "i.e", "vs", "v", "cf", "al", "approx", "ca", "no", "nos", "vol", "pp", "p", "fig", "figs", "eq", "ref",
        "inc", "ltd", "co", "corp", "bros", "plc", "dept", "univ", "assn", "est", "ave", "blvd", "rd",
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "z.b", "bzw", "usw", "ggf", "evtl", "etc",
    };

    // Words that start a new sentence even after an ambiguous "U.S." or "etc.".
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "If", "When", "While", "As", "After", "Before", "However",
        "Meanwhile", "Mr", "Mrs", "Ms", "Dr", "So", "Yet", "For", "Some", "Many", "Most", "Last", "Now", "Then",
    };

    /// <summary>Splits <paramref name="text"/> (as returned by <see cref="TextCleaner.Clean"/>) into sentences.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        foreach (var block in ParagraphBreak().Split(text))
        {
            var added = false;
            foreach (var line in JoinWrappedLines(block))
            {
                foreach (var piece in SplitLine(line))
                {
                    sentences.Add(new Sentence(piece, sentences.Count, paragraph));
                    added = true;
                }
            }
            if (added) paragraph++;
        }
        return sentences;
    }

    // A line break followed by indentation continues the line (wrapped abstracts); another line break starts a new unit.
    private static IEnumerable<string> JoinWrappedLines(string block)
    {
        var current = new StringBuilder();
        foreach (var raw in block.Split('\n'))
        {
            var isContinuation = raw.Length > 0 && (raw[0] == '\t' || raw[0] == ' ') && current.Length > 0;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (isContinuation)
            {
                current.Append(' ').Append(line);
                continue;
            }
            if (current.Length > 0) yield return current.ToString();
            current.Clear().Append(line);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private static IEnumerable<string> SplitLine(string line)
    {
        var start = 0;
        foreach (Match m in Boundary().Matches(line))
        {
            var end = m.Index + m.Groups["end"].Length;
            if (!IsRealBoundary(line, m.Index, end)) continue;
            var piece = line[start..end].Trim();
            if (HasWord(piece)) yield return piece;
            start = end;
        }
        var last = line[start..].Trim();
        if (HasWord(last)) yield return last;
    }

    private static bool IsRealBoundary(string line, int punctuationAt, int end)
    {
        if (line[punctuationAt] != '.') return true;
        var wordStart = punctuationAt;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] != '(' && line[wordStart - 1] != '"') wordStart--;
        var word = line[wordStart..punctuationAt];
        if (word.Length == 0) return true;
        var next = NextWord(line, end);
        var dotted = word.Contains('.');
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        if (dotted && word.Length <= 6 && !Abbreviations.Contains(word)) return SentenceStarters.Contains(next); // "U.S." mid-sentence
        if (Abbreviations.Contains(word))
        {
            var ambiguous = word.Equals("etc", StringComparison.OrdinalIgnoreCase) || dotted || word.Equals("no", StringComparison.OrdinalIgnoreCase);
            return ambiguous && SentenceStarters.Contains(next);
        }
        return true;
    }

    private static string NextWord(string line, int from)
    {
        var i = from;
        while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] is '"' or '\'' or '“' or '‘' or '(')) i++;
        var j = i;
        while (j < line.Length && char.IsLetter(line[j])) j++;
        return line[i..j];
    }

    private static bool HasWord(string piece)
    {
        foreach (var c in piece)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    // Terminal punctuation, any closing quotes or brackets, then space and something that can open a sentence.
    [GeneratedRegex(@"(?<end>[.!?…]+[""'”’)\]]*)(?=\s+[""'“‘(\[]*[\p{Lu}\p{N}¿¡])")]
    private static partial Regex Boundary();
}
