using System.Reflection;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Host.SelfHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>
/// Host parity: every route the self-host serves (its endpoint data sources, as MapRoutes builds them) is a route of
/// the Functions app ([HttpTrigger] attributes, found by reflection), with the same methods, and the other way round.
/// </summary>
public sealed class RouteParityTests
{
    [Fact]
    public async Task Routes_SelfHostAndFunctionsApp_AreTheSame()
    {
        var selfHost = await SelfHostRoutesAsync();
        var functions = FunctionsAppRoutes();

        var onlySelfHost = selfHost.Except(functions).Order(StringComparer.Ordinal).ToList();
        var onlyFunctions = functions.Except(selfHost).Order(StringComparer.Ordinal).ToList();

        Assert.True(onlyFunctions.Count == 0, "Functions app routes the self-host does not serve: " + string.Join(", ", onlyFunctions));
        Assert.True(onlySelfHost.Count == 0, "Self-host routes the Functions app does not serve: " + string.Join(", ", onlySelfHost));
        // Every page of the issue is among them, on both hosts.
        Assert.Superset(new HashSet<string>(["GET ", "GET topics", "GET topics/{tag}", "GET categories/{category}", "GET articles/{id}", "GET stories/{id}", "GET feeds", "GET subscribe", "GET digest", "GET api/stories", "GET api/stories/{id}"]), functions.ToHashSet());
    }

    [Fact]
    public void FunctionsRoot_OptionalEmptyParameter_MatchesOnlyTheRoot()
    {
        // The Functions host cannot take an empty route; the root trigger's template must still mean "/" alone.
        var template = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(ReaderHttp.RootRoute);
        var parameter = Assert.Single(template.Parameters);
        Assert.True(parameter.IsOptional);
        Assert.Contains(parameter.ParameterPolicies, p => p.Content == "maxlength(0)");
    }

    /// <summary>"METHOD route" for every endpoint the real self-host maps, routes without their leading and trailing '/'.</summary>
    private static async Task<HashSet<string>> SelfHostRoutesAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Digest:PublicBaseUrl"] = "http://127.0.0.1:5080/",
            ["Digest:SigningKey"] = "route-parity-test-signing-key-0123456789",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "digests@feedfunctions.test",
        };
        // Built, not started: the endpoints exist once MapRoutes has run, and nothing needs to listen.
        await using var app = FeedFunctionsHost.CreateWebBuilder("http://127.0.0.1:0", settings).Build().MapRoutes();
        return
        [
            .. ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m.ToUpperInvariant()} {Normalize(e.RoutePattern.RawText)}")),
        ];
    }

    /// <summary>"METHOD route" for every HTTP-triggered [Function] (host.json's routePrefix is "", so the route is the path).</summary>
    private static HashSet<string> FunctionsAppRoutes() =>
    [
        .. from type in typeof(ArticlesHttp).Assembly.GetTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
           where method.GetCustomAttribute<FunctionAttribute>() is not null
           from parameter in method.GetParameters()
           let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
           where trigger is not null
           from verb in trigger.Methods ?? []
           select $"{verb.ToUpperInvariant()} {(trigger.Route == ReaderHttp.RootRoute ? "" : Normalize(trigger.Route))}",
    ];

    private static string Normalize(string? route) => (route ?? "").Trim('/');
}
