using System.Text;
using System.Xml;

namespace FeedFunctions.Publishing;

/// <summary>Writer settings shared by the XML feeds: UTF-8, indented, invalid characters refused rather than written.</summary>
internal static class XmlSettings
{
    public static XmlWriterSettings Create() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        CheckCharacters = true,
        Async = false,
    };
}

/// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the HTTP body is.</summary>
internal sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
{
    public override Encoding Encoding => Encoding.UTF8;
}
