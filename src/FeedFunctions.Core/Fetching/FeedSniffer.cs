using System.Text;
using System.Text.Json;

namespace FeedFunctions.Fetching;

/// <summary>Tells a feed from anything else by its first bytes (root element or JSON Feed version), whatever the Content-Type claims.</summary>
internal static class FeedSniffer
{
    private const int SniffBytes = 4096;

    /// <summary>True for an RSS, Atom, RDF or JSON Feed document.</summary>
    public static bool IsFeed(ReadOnlySpan<byte> body)
    {
        var head = Decode(body[..Math.Min(body.Length, SniffBytes)]).TrimStart();
        if (head.StartsWith('{'))
        {
            return IsJsonFeed(body);
        }
        return head.StartsWith('<') && RootElement(head) is "rss" or "feed" or "rdf:RDF" or "RDF";
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(head[2..]);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        // UTF-8, any single-byte charset and ASCII all spell markup the same way.
        return Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
    }

    /// <summary>The name of the first element, skipping the XML declaration, comments, processing instructions and the doctype.</summary>
    private static string? RootElement(string head)
    {
        var i = 0;
        while (i < head.Length)
        {
            var open = head.IndexOf('<', i);
            if (open < 0 || open + 1 >= head.Length)
            {
                return null;
            }
            var next = head[open + 1];
            if (next is '?' or '!')
            {
                var end = head.AsSpan(open).StartsWith("<!--") ? head.IndexOf("-->", open, StringComparison.Ordinal) : head.IndexOf('>', open);
                if (end < 0)
                {
                    return null;
                }
                i = end + 1;
                continue;
            }
            var nameEnd = head.IndexOfAny([' ', '\t', '\r', '\n', '>', '/'], open + 1);
            return nameEnd < 0 ? null : head[(open + 1)..nameEnd];
        }
        return null;
    }

    private static bool IsJsonFeed(ReadOnlySpan<byte> body)
    {
        // JSON Feed 1.x: the top-level "version" is a jsonfeed.org URL.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("version");
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.String
                        && reader.GetString()!.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
                }
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return false;
        }
        return false;
    }
}
