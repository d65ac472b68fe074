using System.Net.Http;
using FeedFunctions.Fetching;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class CacheHeadersTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static HttpResponseMessage Response(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return response;
    }

    private static string Http(DateTimeOffset time) => time.ToString("r", System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, (string, string)[], TimeSpan?> Freshness => new()
    {
        { "none", [], null },
        { "max-age", [("Cache-Control", "public, max-age=600")], TimeSpan.FromMinutes(10) },
        { "s-maxage alone", [("Cache-Control", "s-maxage=120")], TimeSpan.FromMinutes(2) },
        // max-age is the client's lifetime; s-maxage is only for shared caches (RFC 9111 5.2.2.10).
        { "both", [("Cache-Control", "max-age=60, s-maxage=3600")], TimeSpan.FromMinutes(1) },
        { "expires minus date", [("Date", Http(Now)), ("Expires", Http(Now.AddHours(2)))], TimeSpan.FromHours(2) },
        // Without Date, Expires counts from now on the injected clock.
        { "expires without date", [("Expires", Http(Now.AddMinutes(30)))], TimeSpan.FromMinutes(30) },
        { "expired", [("Date", Http(Now)), ("Expires", Http(Now.AddHours(-1)))], TimeSpan.Zero },
        // Max-age overrides Expires (RFC 9111 5.3).
        { "max-age over expires", [("Cache-Control", "max-age=60"), ("Date", Http(Now)), ("Expires", Http(Now.AddDays(1)))], TimeSpan.FromMinutes(1) },
    };

    [Theory]
    [MemberData(nameof(Freshness))]
    public void FreshFor_Headers_GiveTheLifetime(string name, (string, string)[] headers, TimeSpan? expected)
    {
        using var response = Response(headers);

        Assert.True(expected == CacheHeaders.FreshFor(response, Now), name);
    }

    public static TheoryData<string, string?, TimeSpan?> RetryAfters => new()
    {
        { "absent", null, null },
        { "seconds", "120", TimeSpan.FromMinutes(2) },
        { "date ahead", Http(Now.AddHours(1)), TimeSpan.FromHours(1) },
        { "date past", Http(Now.AddHours(-1)), TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(RetryAfters))]
    public void RetryAfter_Header_GivesTheDelay(string name, string? value, TimeSpan? expected)
    {
        using var response = value is null ? Response() : Response(("Retry-After", value));

        Assert.True(expected == CacheHeaders.RetryAfter(response, Now), name);
    }

    [Fact]
    public void Raw_WeakETag_IsKeptExactly()
    {
        using var response = Response(("ETag", "W/\"abc\""));

        Assert.Equal("W/\"abc\"", CacheHeaders.Raw(response.Headers, "ETag"));
    }
}
