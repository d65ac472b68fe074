using System.Net.Http;
using System.Net.Sockets;

namespace FeedFunctions.Fetching;

/// <summary>Turns network exceptions into stable failure codes a feed can carry.</summary>
internal static class FetchErrors
{
    public static FetchResult.Failed FromHttpRequestException(Uri url, HttpRequestException exception)
    {
        if (Find<BlockedAddressException>(exception) is { } blocked)
        {
            return new FetchResult.Failed("blocked-address", blocked.Message);
        }
        if (Find<TimeoutException>(exception) is not null)
        {
            return new FetchResult.Failed("timeout", $"fetch: connecting to {url.Authority} timed out");
        }
        var socketError = Find<SocketException>(exception)?.SocketErrorCode;
        var code = (exception.HttpRequestError, socketError) switch
        {
            (_, SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain) => "dns-error",
            (HttpRequestError.NameResolutionError, _) => "dns-error",
            (_, SocketError.ConnectionRefused) => "connection-refused",
            (_, SocketError.TimedOut) => "timeout",
            (_, SocketError.HostUnreachable or SocketError.NetworkUnreachable) => "unreachable",
            (_, SocketError.ConnectionReset) => "connection-reset",
            (HttpRequestError.SecureConnectionError, _) => "tls-error",
            (HttpRequestError.ResponseEnded, _) => "connection-closed",
            (HttpRequestError.InvalidResponse, _) => "invalid-response",
            (HttpRequestError.ConfigurationLimitExceeded, _) => "headers-too-large",
            _ => "network-error",
        };
        return new FetchResult.Failed(code, $"fetch: {url} failed: {Describe(exception)}");
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match)
            {
                return match;
            }
        }
        return null;
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
}
