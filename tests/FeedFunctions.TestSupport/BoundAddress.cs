using Microsoft.AspNetCore.Builder;

namespace FeedFunctions.TestSupport;

/// <summary>The address Kestrel really bound after starting on port 0.</summary>
/// <remarks>
/// Binding port 0 lets the OS pick the port at bind time. Picking a free port first and binding it later
/// (<see cref="FreePort"/>) races with every other process on the machine, and CI lost a run to it.
/// </remarks>
public static class BoundAddress
{
    /// <summary>Where to bind so that the OS chooses the port.</summary>
    public const string AnyLoopbackPort = "http://127.0.0.1:0";

    /// <summary>The base URL of a started application bound to <see cref="AnyLoopbackPort"/>, ending in '/'.</summary>
    public static Uri Of(WebApplication app)
    {
        var url = app.Urls.FirstOrDefault() ?? throw new InvalidOperationException("tests: the server has no bound address; start it first");
        return new Uri(url.TrimEnd('/') + "/");
    }
}
