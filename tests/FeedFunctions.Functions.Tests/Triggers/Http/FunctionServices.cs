using FeedFunctions.Api;
using FeedFunctions.Storage;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using FeedFunctions.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The real Core services over Azurite, as the Functions app registers them, with a private storage prefix.</summary>
internal static class FunctionServices
{
    /// <summary>The services over their own storage prefix, or over <paramref name="prefix"/> to share a self-host's data.</summary>
    public static ServiceProvider Build(AzuriteFixture azurite, string? prefix = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = prefix ?? TestWebHost.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddFeedStorage();
        services.AddRealAnalysisAndFetching();
        services.AddFeedFunctionsApiServices();
        services.AddFeedFunctionsWeb();
        return services.BuildServiceProvider();
    }

    public static HttpRequest Request(string method, string queryString = "", string? body = null, string? contentType = null, string? ifNoneMatch = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("feeds.example");
        context.Request.QueryString = new QueryString(queryString);
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            context.Request.ContentType = contentType;
        }
        if (ifNoneMatch is not null) context.Request.Headers.IfNoneMatch = ifNoneMatch;
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    /// <summary>Runs the action result against the request's response, as the Functions host would, and returns status, headers and body.</summary>
    public static async Task<(int Status, IHeaderDictionary Headers, string Body)> ExecuteAsync(IActionResult result, HttpRequest request)
    {
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new ActionDescriptor()));
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        return (response.StatusCode, response.Headers, await new StreamReader(response.Body).ReadToEndAsync());
    }
}
