using System.Reflection;
using System.Text.Json;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Host.Apis;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

public sealed class OpenApiParityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OpenApiDocument_OfTheSelfHost_HasExactlyTheFunctionsAppRoutes()
    {
        // The test host leaves the subscription routes out (the browser tests stub POST /subscribe); the self-host maps them.
        await using var host = await TestWebHost.StartAsync(azurite, TestContext.Current.CancellationToken, configure: app => app.MapSubscriptionsApi());
        var json = await host.Client.GetStringAsync("openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        var selfHost = paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(FunctionRoutes(), selfHost);
    }

    [Fact]
    public void FunctionRoutes_AdminRoutes_RequireFunctionKeysAndTheRestAreAnonymous()
    {
        foreach (var (route, level) in Triggers(includeUndescribed: true))
        {
            var expected = route.StartsWith("api/admin/", StringComparison.Ordinal) ? AuthorizationLevel.Function : AuthorizationLevel.Anonymous;
            Assert.True(expected == level, $"{route}: {level}");
        }
    }

    [Fact]
    public void FunctionRoutes_PagesHealthAndTheApiReference_AreServedButLeftOutOfTheDescription()
    {
        var pages = Triggers(includeMethods: true, includeUndescribed: true).Select(t => t.Route)
            .Except(FunctionRoutes()).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "GET /articles/{id}", "GET /categories/{category}", "GET /digest", "GET /docs", "GET /docs/scalar.js", "GET /feeds", "GET /healthz",
            "GET /openapi/v1.json", "GET /preferences", "GET /problems/{type}", "GET /stories/{id}", "GET /subscribe", "GET /topics", "GET /topics/{tag}", "GET /unsubscribe",
            "GET /" + ReaderHttp.RootRoute, "POST /preferences", "POST /subscribe", "POST /unsubscribe",
        ], pages);
    }

    /// <summary>"METHOD /route" for every described HTTP-triggered [Function] in the Functions assembly (host.json routePrefix is "").</summary>
    /// <remarks>HTML pages carry [ExcludeFromDescription] on both hosts, so neither OpenAPI side lists them.</remarks>
    private static List<string> FunctionRoutes() =>
        [.. Triggers(includeMethods: true).Select(t => t.Route).Order(StringComparer.Ordinal)];

    private static IEnumerable<(string Route, AuthorizationLevel Level)> Triggers(bool includeMethods = false, bool includeUndescribed = false) =>
        from type in typeof(ArticlesHttp).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        where includeUndescribed || method.GetCustomAttribute<ExcludeFromDescriptionAttribute>() is null
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger is not null
        from verb in trigger.Methods ?? []
        select (includeMethods ? $"{verb.ToUpperInvariant()} /{trigger.Route}" : trigger.Route!, trigger.AuthLevel);
}
