using System.Buffers;
using System.Text;
using FeedFunctions.Api;
using Microsoft.Extensions.Caching.Hybrid;

namespace FeedFunctions.Caching;

/// <summary>
/// Writes a cached <see cref="ApiResponse"/> as bytes: HybridCache measures an entry's size by them, and a
/// distributed cache behind it (Redis through IDistributedCache) stores them. Layout: status, then content type,
/// ETag, Location and each header as length-prefixed UTF-8 (length -1 for none), then the body.
/// </summary>
internal sealed class ApiResponseSerializer : IHybridCacheSerializer<ApiResponse>
{
    public void Serialize(ApiResponse value, IBufferWriter<byte> target)
    {
        using var stream = new MemoryStream(value.Body.Length + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(value.Status);
            WriteString(writer, value.ContentType);
            WriteString(writer, value.EntityTag);
            WriteString(writer, value.Location);
            writer.Write(value.Headers.Count);
            foreach (var (name, text) in value.Headers)
            {
                WriteString(writer, name);
                WriteString(writer, text);
            }
            writer.Write(value.Body.Length);
            writer.Write(value.Body);
        }
        target.Write(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    public ApiResponse Deserialize(ReadOnlySequence<byte> source)
    {
        using var reader = new BinaryReader(new MemoryStream(source.ToArray()), Encoding.UTF8);
        var status = reader.ReadInt32();
        var contentType = ReadString(reader);
        var entityTag = ReadString(reader);
        var location = ReadString(reader);
        var count = reader.ReadInt32();
        var headers = new Dictionary<string, string>(count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++) headers[ReadString(reader) ?? ""] = ReadString(reader) ?? "";
        var body = reader.ReadBytes(reader.ReadInt32());
        return ApiResponse.Restore(status, contentType, body, entityTag, location, headers);
    }

    private static void WriteString(BinaryWriter writer, string? text)
    {
        if (text is null)
        {
            writer.Write(-1);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static string? ReadString(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length < 0 ? null : Encoding.UTF8.GetString(reader.ReadBytes(length));
    }
}
