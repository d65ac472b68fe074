using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FeedFunctions.Api;

/// <summary>GET /docs, /docs/scalar.js, /openapi/v1.json and /problems/{type}: the API reference, the same bytes from both hosts.</summary>
public static class ApiReference
{
    public const string DocsPath = "/docs";
    public const string ScriptPath = "/docs/scalar.js";
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Where the OpenAPI document lives in the source tree; the `openapi` command writes it, a test checks it is current.</summary>
    public const string DocumentSourcePath = "src/FeedFunctions.Core/Api/openapi.json";

    // Everything the page needs comes from this host: no fonts, scripts or proxies from elsewhere, no telemetry.
    private const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ProblemPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ProblemPageStyle =
        "body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}" +
        "code{background:#f0f0f0;padding:0 .2em}a{color:#0645ad}" +
        "@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}code{background:#2a2a2a}a{color:#8ab4f8}}";

    private static readonly Lazy<byte[]> Document = new(ReadDocument);

    /// <summary>The interactive reference page (Scalar), reading <see cref="DocumentPath"/>.</summary>
    public static ApiResponse Page()
    {
        // Scalar's options (its "HTML API"): the defaults would load fonts from its CDN and send telemetry.
        var configuration = JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["withDefaultFonts"] = false,
                ["telemetry"] = false,
                ["agent"] = new Dictionary<string, object> { ["disabled"] = true },
                ["showDeveloperTools"] = "never",
                ["documentDownloadType"] = "json",
            },
            ApiJson.HtmlSafeOptions);
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FeedFunctions API reference</title>
            <meta name="description" content="Every route of the FeedFunctions HTTP API, with its parameters, bodies and answers.">
            </head>
            <body>
            <noscript><p>The interactive reference needs JavaScript. The OpenAPI document is at <a href="{DocumentPath}">{DocumentPath}</a>.</p></noscript>
            <script id="api-reference" data-url="{DocumentPath}" data-configuration="{WebUtility.HtmlEncode(configuration)}"></script>
            <script src="{ScriptPath}"></script>
            </body>
            </html>
            """;
        return ApiResponse.Text(html, "text/html; charset=utf-8", cacheable: true).WithHeaders(Headers(PagePolicy));
    }

    /// <summary>Scalar's standalone bundle, from the gzip copy its package carries: as it is when the client takes gzip, else inflated.</summary>
    public static ApiResponse Script(byte[] gzipped, string? acceptEncoding)
    {
        const string type = "text/javascript; charset=utf-8";
        var vary = KeyValuePair.Create("Vary", "Accept-Encoding");
        if (AcceptsGzip(acceptEncoding))
        {
            return ApiResponse.Bytes(gzipped, type, cacheable: true).WithHeaders(vary, KeyValuePair.Create("Content-Encoding", "gzip"), KeyValuePair.Create("X-Content-Type-Options", "nosniff"));
        }
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress)) gzip.CopyTo(inflated);
        return ApiResponse.Bytes(inflated.ToArray(), type, cacheable: true).WithHeaders(vary, KeyValuePair.Create("X-Content-Type-Options", "nosniff"));
    }

    /// <summary>The OpenAPI 3.1 document of every described route.</summary>
    public static ApiResponse OpenApiDocument() =>
        ApiResponse.Bytes(Document.Value, "application/json; charset=utf-8", cacheable: true).WithHeaders(KeyValuePair.Create("X-Content-Type-Options", "nosniff"));

    /// <summary>The page a problem type URI points at, or a 404 problem for a type that does not exist.</summary>
    public static ApiResponse ProblemPage(string slug)
    {
        if (ProblemTypes.Find(slug) is not { } type) return Problems.NotFound($"There is no problem type {slug}; {DocsPath} lists the API.");
        var status = type.Status == 0 ? "any 4xx or 5xx status" : $"HTTP {type.Status}";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(type.Title)} · FeedFunctions API</title>
            <style>{ProblemPageStyle}</style>
            </head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(type.Title)}</h1>
            <p>Problem type <code>{WebUtility.HtmlEncode(type.Uri)}</code>, answered with {status}.</p>
            <p>{WebUtility.HtmlEncode(type.Description)}</p>
            <p>The body is an RFC 9457 problem (<code>application/problem+json</code>) with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and, for validation, <code>errors</code>. See the <a href="{DocsPath}">API reference</a>.</p>
            </main>
            </body>
            </html>
            """;
        return ApiResponse.Text(html, "text/html; charset=utf-8", cacheable: true).WithHeaders(Headers(ProblemPagePolicy));
    }

    private static KeyValuePair<string, string>[] Headers(string policy) =>
        [KeyValuePair.Create("Content-Security-Policy", policy), KeyValuePair.Create("X-Content-Type-Options", "nosniff"), KeyValuePair.Create("Referrer-Policy", "no-referrer")];

    /// <summary>True when Accept-Encoding lists gzip without q=0.</summary>
    public static bool AcceptsGzip(string? acceptEncoding) =>
        acceptEncoding is not null && acceptEncoding.Split(',').Select(e => e.Split(';')).Any(parts =>
            parts[0].Trim().Equals("gzip", StringComparison.OrdinalIgnoreCase)
            && !parts.Skip(1).Any(p => p.Trim().Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"));

    private static byte[] ReadDocument()
    {
        using var stream = typeof(ApiReference).Assembly.GetManifestResourceStream("FeedFunctions.Api.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in FeedFunctions.Core; build the project again.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
