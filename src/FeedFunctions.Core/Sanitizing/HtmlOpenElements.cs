namespace FeedFunctions.Sanitizing;

/// <summary>An open element of <see cref="HtmlFastTree"/>: its name and an identity, so the formatting list can tell whether it is still open.</summary>
internal readonly record struct HtmlOpenElement(string Name, int Id);

/// <summary>The stack of open elements (WHATWG HTML 13.2.4.2) and the scope queries the tree builder asks of it.</summary>
/// <remarks>The only scope boundaries <see cref="HtmlFastTree"/> lets in are tables and cells; it leaves every other one to AngleSharp.</remarks>
internal sealed class HtmlOpenElements
{
    private readonly List<HtmlOpenElement> elements = [];

    // Every block start tag asks for a p in scope; with none open the answer needs no walk (issue 16: deep nesting).
    private int openParagraphs;

    public int Count => elements.Count;

    public HtmlOpenElement this[int index] => elements[index];

    /// <summary>The name of the current node (the last opened), or "" when nothing is open.</summary>
    public string CurrentName => elements.Count == 0 ? string.Empty : elements[^1].Name;

    public void Clear()
    {
        elements.Clear();
        openParagraphs = 0;
    }

    public void Push(HtmlOpenElement element)
    {
        elements.Add(element);
        if (element.Name == "p") openParagraphs++;
    }

    public HtmlOpenElement Pop()
    {
        var last = elements[^1];
        elements.RemoveAt(elements.Count - 1);
        if (last.Name == "p") openParagraphs--;
        return last;
    }

    /// <summary>The position of the element with this identity, or -1 when it is no longer open.</summary>
    /// <remarks>Identities grow with every push, so the stack is sorted by them: a binary search, not a walk of every open element.</remarks>
    public int IndexOf(int id)
    {
        int low = 0, high = elements.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var found = elements[middle].Id;
            if (found == id) return middle;
            if (found < id) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>"Has an element in scope" (or in list item scope, bounded by ul and ol too): its position, or -1.</summary>
    public int FindInScope(string name, bool listItemScope = false)
    {
        if (name == "p" && openParagraphs == 0) return -1;
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var node = elements[i].Name;
            if (node == name) return i;
            if (node is "table" or "td" or "th" || (listItemScope && node is "ul" or "ol")) return -1;
        }
        return -1;
    }

    /// <summary>The nearest heading of any level in scope, or -1.</summary>
    public int FindHeadingInScope()
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            if (HtmlNames.IsHeading(elements[i].Name)) return i;
            if (elements[i].Name is "table" or "td" or "th") return -1;
        }
        return -1;
    }

    /// <summary>The nearest open table or cell, or -1.</summary>
    public int NearestTableBoundary() => elements.FindLastIndex(e => e.Name is "table" or "td" or "th");

    /// <summary>Start tag "li" (or "dd", "dt"): the open item it closes, unless a special element other than address, div and p stands between.</summary>
    public int OpenListItem(string first, string second)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var node = elements[i].Name;
            if (node == first || node == second) return i;
            if (HtmlNames.Special.Contains(node) && node is not ("address" or "div" or "p")) return -1;
        }
        return -1;
    }

    /// <summary>"Any other end tag": the nearest open element of that name, unless a special element comes first; -1 to ignore the tag.</summary>
    public int AnyOtherEndTag(string name)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            if (elements[i].Name == name) return i;
            if (HtmlNames.Special.Contains(elements[i].Name)) return -1;
        }
        return -1;
    }
}
