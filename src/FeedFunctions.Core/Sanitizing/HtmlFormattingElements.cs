namespace FeedFunctions.Sanitizing;

/// <summary>
/// The list of active formatting elements (WHATWG HTML 13.2.4.3): the b, i, a ... that are reopened when they were
/// closed implicitly (by a paragraph or block end) and text or an inline element follows.
/// </summary>
internal sealed class HtmlFormattingElements
{
    // A null name is a marker (set when a table cell opens): entries before it are never reopened inside the cell.
    private static readonly List<HtmlAttribute> NoAttributes = [];
    private readonly List<(string? Name, List<HtmlAttribute>? Attributes, int Id)> entries = [];

    /// <summary>How many entries (markers included) the list holds.</summary>
    public int Count => entries.Count;

    public void Clear() => entries.Clear();

    public void InsertMarker() => entries.Add((null, null, 0));

    /// <summary>Removes the entries up to and including the last marker ("clear the list up to the last marker").</summary>
    public void ClearToLastMarker()
    {
        var marker = entries.FindLastIndex(e => e.Name is null);
        entries.RemoveRange(Math.Max(marker, 0), entries.Count - Math.Max(marker, 0));
    }

    /// <summary>Adds an element just opened; "Noah's Ark": a fourth identical entry since the last marker evicts the earliest.</summary>
    public void Push(string name, List<HtmlAttribute> attributes, int id)
    {
        var copy = attributes.Count == 0 ? NoAttributes : new List<HtmlAttribute>(attributes);
        var identical = 0;
        var earliest = -1;
        for (var i = entries.Count - 1; i >= 0 && entries[i].Name is not null; i--)
        {
            if (entries[i].Name != name || !SameAttributes(entries[i].Attributes!, copy)) continue;
            identical++;
            earliest = i;
        }
        if (identical >= 3) entries.RemoveAt(earliest);
        entries.Add((name, copy, id));
    }

    /// <summary>The index of the last entry named <paramref name="name"/> after the last marker, or -1.</summary>
    public int FindAfterLastMarker(string name)
    {
        for (var i = entries.Count - 1; i >= 0 && entries[i].Name is not null; i--)
        {
            if (entries[i].Name == name) return i;
        }
        return -1;
    }

    public int IdAt(int index) => entries[index].Id;

    public void RemoveAt(int index) => entries.RemoveAt(index);

    /// <summary>Whether the element with this identity is in the list.</summary>
    public bool Contains(int id) => entries.Exists(e => e.Name is not null && e.Id == id);

    /// <summary>"Reconstruct the active formatting elements": reopens, in order, the entries whose elements were closed.</summary>
    public void Reconstruct(HtmlOpenElements open, Func<string, List<HtmlAttribute>, int> insert)
    {
        if (entries.Count == 0 || IsMarkerOrOpen(entries[^1], open)) return;
        var first = entries.Count - 1;
        while (first > 0 && !IsMarkerOrOpen(entries[first - 1], open)) first--;
        for (var i = first; i < entries.Count; i++)
        {
            var (name, attributes, _) = entries[i];
            entries[i] = (name, attributes, insert(name!, attributes!));
        }
    }

    private static bool IsMarkerOrOpen((string? Name, List<HtmlAttribute>? Attributes, int Id) entry, HtmlOpenElements open) =>
        entry.Name is null || open.IndexOf(entry.Id) >= 0;

    private static bool SameAttributes(List<HtmlAttribute> a, List<HtmlAttribute> b) =>
        a.Count == b.Count && a.TrueForAll(b.Contains);
}
