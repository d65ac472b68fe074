using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FeedFunctions.Api;

/// <summary>A finished HTTP response, body already serialized, that each host only copies onto the wire.</summary>
// Immutable, so the read cache (HybridCache) hands out the one cached instance instead of a copy per hit.
[ImmutableObject(true)]
public sealed class ApiResponse
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string ProblemType = "application/problem+json; charset=utf-8";

    /// <summary>Read routes may be cached by anyone for a minute: lists change every few minutes at most.</summary>
    public const string PublicCacheControl = "public, max-age=60";

    private ApiResponse(int status, string? contentType, byte[] body, string? entityTag)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        EntityTag = entityTag;
    }

    public int Status { get; }
    public string? ContentType { get; }
    public byte[] Body { get; }
    /// <summary>A strong entity tag, a hash of the body, on cacheable responses; null on the rest.</summary>
    public string? EntityTag { get; }
    public string? Location { get; private init; }
    public ApiProblem? ProblemBody { get; private init; }
    /// <summary>Further response headers, such as Retry-After or a page's security headers, that the hosts copy as they are.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = EmptyHeaders;

    private static readonly IReadOnlyDictionary<string, string> EmptyHeaders = new Dictionary<string, string>();

    // JSON bodies are written with the relaxed encoder (ApiJson); nosniff keeps a browser from ever reading one as HTML.
    private static readonly IReadOnlyDictionary<string, string> NoSniff = new Dictionary<string, string> { ["X-Content-Type-Options"] = "nosniff" };

    public bool Cacheable => EntityTag is not null;
    public string? CacheControl => Cacheable ? PublicCacheControl : null;

    public static ApiResponse Json<T>(T value, bool cacheable) => Bytes(Serialize(value), JsonType, cacheable).WithHeaders(NoSniff);

    public static ApiResponse Created<T>(T value, string location) =>
        new(201, JsonType, Serialize(value), null) { Location = location, Headers = NoSniff };

    public static ApiResponse Text(string text, string contentType, bool cacheable) => Bytes(Encoding.UTF8.GetBytes(text), contentType, cacheable);

    /// <summary>A problem body; messages lose any internal prefix ("api: ", "fetch: ", ...) on the way, whoever wrote them.</summary>
    public static ApiResponse Problem(ApiProblem problem)
    {
        var clean = problem with
        {
            Title = UserMessage.Clean(problem.Title),
            Detail = UserMessage.Clean(problem.Detail),
            Errors = problem.Errors?.ToDictionary(e => e.Key, e => e.Value.Select(UserMessage.Clean).ToArray()),
        };
        return new(clean.Status, ProblemType, Serialize(clean), null) { ProblemBody = clean, Headers = NoSniff };
    }

    /// <summary>A body with any status, such as an HTML page that explains an error.</summary>
    public static ApiResponse Content(int status, string text, string contentType) => new(status, contentType, Encoding.UTF8.GetBytes(text), null);

    /// <summary>A JSON body with a status other than 200, such as 202 Accepted.</summary>
    public static ApiResponse Json<T>(T value, int status) => new(status, JsonType, Serialize(value), null) { Headers = NoSniff };

    /// <summary>This response with <paramref name="headers"/> added, replacing any of the same name.</summary>
    public ApiResponse WithHeaders(params IEnumerable<KeyValuePair<string, string>> headers)
    {
        var merged = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers) merged[name] = value;
        return new ApiResponse(Status, ContentType, Body, EntityTag) { Location = Location, ProblemBody = ProblemBody, Headers = merged };
    }

    public static ApiResponse NoContent() => new(204, null, [], null);

    /// <summary>A response as the read cache stored it: the same status, headers and bytes (the problem object is not kept, only its body).</summary>
    internal static ApiResponse Restore(int status, string? contentType, byte[] body, string? entityTag, string? location, IReadOnlyDictionary<string, string> headers) =>
        new(status, contentType, body, entityTag) { Location = location, Headers = headers.Count == 0 ? EmptyHeaders : headers };

    /// <summary>304 Not Modified when the client already holds this body (RFC 9110 section 13.1.2); otherwise this response.</summary>
    public ApiResponse ForRequest(string? ifNoneMatch)
    {
        if (EntityTag is null || string.IsNullOrEmpty(ifNoneMatch)) return this;
        // If-None-Match uses the weak comparison, so W/"x" matches "x"; "*" matches any current representation.
        // Compared on spans: a cached response answers its 304s without allocating (the 304 itself is made once).
        var header = ifNoneMatch.AsSpan();
        foreach (var range in header.Split(','))
        {
            var tag = header[range].Trim();
            var opaque = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
            if (tag is "*" || opaque.SequenceEqual(EntityTag)) return notModified ??= new ApiResponse(304, null, [], EntityTag) { Headers = Headers };
        }
        return this;
    }

    // Made on the first matching If-None-Match; a race makes two equal ones, which is harmless.
    private ApiResponse? notModified;

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);

    /// <summary>A 200 body of any media type, with an ETag when <paramref name="cacheable"/>.</summary>
    public static ApiResponse Bytes(byte[] body, string contentType, bool cacheable) =>
        new(200, contentType, body, cacheable ? EntityTagOf(body) : null);

    private static string EntityTagOf(byte[] body)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(body, hash);
        return "\"" + Convert.ToHexStringLower(hash[..16]) + "\"";
    }
}
