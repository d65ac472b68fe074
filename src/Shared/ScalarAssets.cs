using FeedFunctions.Api;

namespace FeedFunctions.Hosting;

/// <summary>Scalar's standalone bundle as the Scalar.AspNetCore package ships it (gzip, inside its assembly), for both hosts' /docs/scalar.js.</summary>
/// <remarks>Linked as source into each host, like HostTelemetry, so Core needs no ASP.NET Core reference.</remarks>
internal static class ScalarAssets
{
    // The package's own resource name for the bundle it serves from MapScalarApiReference; pinned with the package version.
    private const string BundleResource = "ScalarStaticAssets.scalar.js";

    // Built once: the bundle is 1.4 MB gzipped, 4.9 MB inflated, and never changes while the program runs.
    private static readonly Lazy<byte[]> Gzipped = new(ReadBundle);
    private static readonly Lazy<ApiResponse> GzipResponse = new(() => ApiReference.Script(Gzipped.Value, "gzip"));
    private static readonly Lazy<ApiResponse> PlainResponse = new(() => ApiReference.Script(Gzipped.Value, null));

    /// <summary>The bundle for a client with this Accept-Encoding.</summary>
    public static ApiResponse Script(string? acceptEncoding) =>
        ApiReference.AcceptsGzip(acceptEncoding) ? GzipResponse.Value : PlainResponse.Value;

    private static byte[] ReadBundle()
    {
        using var stream = typeof(Scalar.AspNetCore.ScalarOptions).Assembly.GetManifestResourceStream(BundleResource)
            ?? throw new InvalidOperationException($"Scalar.AspNetCore no longer carries {BundleResource}; update ScalarAssets for its new version.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
