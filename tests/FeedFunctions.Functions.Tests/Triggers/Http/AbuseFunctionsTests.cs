using System.Globalization;
using System.Reflection;
using FeedFunctions.Api;
using FeedFunctions.Digest;
using FeedFunctions.Functions.Triggers.Http;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.Tests.Support.Abuse;
using FeedFunctions.TestSupport;
using FeedFunctions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>
/// The abuse suite's table against the Functions app's HTTP functions, found by their [HttpTrigger] attributes and
/// called as the Functions host calls them. Checks the Functions host makes itself (keys, methods, URL and header
/// sizes) are not in reach of these calls, so those cases run against the self-host only; so do the subscriber
/// fields, which mail every valid request and run the same Core code as the self-host (the form reading is covered
/// here by the bodies group). No mail server: a case that reached SMTP would answer 503 and fail.
/// </summary>
public sealed class AbuseFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] HostLevelGroups = ["methods", "admin key", "subscriber fields"];
    private ServiceProvider services = null!;
    private AbuseCases cases = null!;
    private IReadOnlyList<(AbuseRoute Route, MethodInfo Method, TemplateMatcher Matcher)> functions = [];
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Groups => [.. AbuseCases.Groups.Except(HostLevelGroups)];

    public async ValueTask InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = TestWebHost.UniquePrefix(),
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "FeedFunctions <digest@feedfunctions.test>",
            ["Digest:PublicBaseUrl"] = "https://news.example.test/",
            ["Digest:SigningKey"] = "abuse-functions-signing-key-0123456789abcdef",
            ["Digest:SubscribeRatePerClient"] = "10000",
            ["Digest:SubscribeRatePerAddress"] = "1000",
            ["Api:RatePermits"] = "100000",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddFeedStorage();
        collection.AddDigests();
        collection.AddRealAnalysisAndFetching();
        collection.AddFeedFunctionsApiServices();
        collection.AddFeedFunctionsWeb();
        services = collection.BuildServiceProvider();

        var seeded = await SampleArticles.SeedAsync(services.GetRequiredService<IFeedStore>(), services.GetRequiredService<IArticleStore>(), Ct);
        functions =
        [
            .. from type in typeof(ArticlesHttp).Assembly.GetTypes()
               from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
               where method.GetCustomAttribute<FunctionAttribute>() is not null
               let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(t => t is not null)
               where trigger is not null
               from verb in trigger.Methods ?? []
               let template = trigger.Route == ReaderHttp.RootRoute ? "" : trigger.Route!
               // Literal routes first, so /feeds is not taken for a {root} or a parameter.
               orderby template.Count(c => c == '{'), template.Length descending
               select (new AbuseRoute(verb.ToUpperInvariant(), template), method, new TemplateMatcher(TemplateParser.Parse(template), new RouteValueDictionary())),
        ];
        var usual = new Dictionary<string, string>
        {
            ["id"] = seeded.IdOf(0),
            ["tag"] = "nuclear-talks",
            ["category"] = "politics",
            ["format"] = "rss",
            ["queue"] = "article-process-poison",
            ["type"] = "validation",
        };
        var list = await InvokeAsync(new AbuseCase("first page", "GET", "/api/articles?pageSize=1", Expect.Success));
        var token = System.Text.Json.JsonDocument.Parse(list.Body).RootElement.GetProperty("continuationToken").GetString()!;
        cases = new AbuseCases([.. functions.Select(f => f.Route)], usual, token);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task Group_EveryCase_IsAnsweredWithoutA5xxOrALeak(string group)
    {
        // Host-level cases: the Functions host answers keys, URL and header sizes itself before any function runs.
        var mine = cases.Group(group).Where(c => !c.WithoutAdminKey && c.Headers.Count == 0 && c.Status is not (414 or 431) && !c.ServerMayReject).ToList();
        Assert.NotEmpty(mine);
        var routed = mine.Where(c => Find(c) is not null).ToList();
        var results = new List<string>[routed.Count];
        // Four at a time, as the Functions host would run concurrent invocations on one instance.
        await Parallel.ForEachAsync(Enumerable.Range(0, routed.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (i, _) =>
        {
            var test = routed[i];
            try
            {
                var (status, mediaType, body) = await InvokeAsync(test);
                results[i] = AbuseChecks.Check(test, Find(test)!.Value.Route, status, mediaType, body, []);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The Functions host would answer this with a 500.
                results[i] = [$"threw {(e is TargetInvocationException { InnerException: { } inner } ? inner : e).GetType().Name}"];
            }
        });
        var failures = routed.Select((c, i) => (c.Name, Reasons: results[i])).Where(r => r.Reasons.Count > 0).Select(r => $"{r.Name}: {string.Join("; ", r.Reasons)}").ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{group}: {routed.Count} of {mine.Count} cases reach a function");
        Assert.True(routed.Count > mine.Count / 2, $"only {routed.Count} of {mine.Count} cases matched a function route");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures.Take(60)));
    }

    private (AbuseRoute Route, MethodInfo Method, TemplateMatcher Matcher)? Find(AbuseCase test)
    {
        var path = test.Target.Split('?')[0];
        foreach (var function in functions.Where(f => f.Route.Method == test.Method))
        {
            if (function.Route.Template.Length == 0 ? path == "/" : function.Matcher.TryMatch(PathString.FromUriComponent(path), new RouteValueDictionary())) return function;
        }
        return null;
    }

    private async Task<(int Status, string? MediaType, string Body)> InvokeAsync(AbuseCase test)
    {
        var function = Find(test) ?? throw new InvalidOperationException("tests: no function for " + test.Target);
        var parts = test.Target.Split('?', 2);
        var values = new RouteValueDictionary();
        function.Matcher.TryMatch(PathString.FromUriComponent(parts[0]), values);
        var context = new DefaultHttpContext { RequestServices = services };
        var request = context.Request;
        request.Method = test.Method;
        request.Scheme = "https";
        request.Host = new HostString("feeds.example");
        request.Path = PathString.FromUriComponent(parts[0]);
        request.QueryString = parts.Length > 1 ? new QueryString("?" + parts[1]) : QueryString.Empty;
        if (test.Body is not null)
        {
            request.Body = new MemoryStream(test.Body);
            request.ContentLength = test.Body.Length;
            request.ContentType = test.ContentType;
        }
        context.Response.Body = new MemoryStream();
        var instance = ActivatorUtilities.CreateInstance(services, function.Method.DeclaringType!);
        var arguments = function.Method.GetParameters().Select(p =>
            p.ParameterType == typeof(HttpRequest) ? request
            : p.ParameterType == typeof(CancellationToken) ? Ct
            : (object?)(values[p.Name!]?.ToString() ?? "")).ToArray();
        var returned = function.Method.Invoke(instance, arguments);
        var result = returned is Task<IActionResult> task ? await task : (IActionResult)returned!;
        // /healthz answers a ContentResult, whose executor comes from MVC's services, which the Functions host has and this call does not.
        if (result is ContentResult content) return (content.StatusCode ?? 200, content.ContentType?.Split(';')[0], content.Content ?? "");
        var (status, headers, body) = await FunctionServices.ExecuteAsync(result, request);
        return (status, headers.ContentType.ToString().Split(';')[0].Trim() is { Length: > 0 } media ? media : null, body);
    }
}
