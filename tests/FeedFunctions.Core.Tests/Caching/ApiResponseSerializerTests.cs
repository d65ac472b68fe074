using System.Buffers;
using FeedFunctions.Api;
using FeedFunctions.Caching;

namespace FeedFunctions.Core.Tests.Caching;

public sealed class ApiResponseSerializerTests
{
    public static TheoryData<string, ApiResponse> Responses => new()
    {
        { "JSON answer with ETag", ApiResponse.Json(new { title = "Talks resume in Pyongyang — € & <b>", tags = new[] { "north-korea" } }, cacheable: true) },
        { "problem", Problems.ArticleNotFound("abc-def") },
        { "created with Location", ApiResponse.Created(new { id = 1 }, "/api/admin/feeds/abc") },
        { "extra header", ApiResponse.Text("<p>page</p>", "text/html; charset=utf-8", cacheable: false).WithHeaders(KeyValuePair.Create("Retry-After", "30")) },
        { "no content", ApiResponse.NoContent() },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void SerializeThenDeserialize_GivesTheSameStatusHeadersAndBytes(string name, ApiResponse response)
    {
        var serializer = new ApiResponseSerializer();
        var buffer = new ArrayBufferWriter<byte>();
        serializer.Serialize(response, buffer);

        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.True(buffer.WrittenCount >= response.Body.Length, name);
        Assert.Equal(response.Status, back.Status);
        Assert.Equal(response.ContentType, back.ContentType);
        Assert.Equal(response.EntityTag, back.EntityTag);
        Assert.Equal(response.CacheControl, back.CacheControl);
        Assert.Equal(response.Location, back.Location);
        Assert.Equal(response.Headers.OrderBy(h => h.Key), back.Headers.OrderBy(h => h.Key));
        Assert.Equal(response.Body, back.Body);
    }
}
