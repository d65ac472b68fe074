using FeedFunctions.Api;
using FeedFunctions.Feeds;

namespace FeedFunctions.Host.Web;

/// <summary>Maps the server-rendered reader pages: /, /topics/{tag}, /categories/{category}, /articles/{id}, /feeds, /subscribe.</summary>
public static class ReaderEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IServiceCollection AddFeedFunctionsReader(this IServiceCollection services)
    {
        services.AddSingleton<ReaderPages>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeedFunctionsReader(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", async (ReaderPages reader, HttpContext context, CancellationToken ct) => Page(context, await reader.HomeAsync(ct)));

        // The filter form submits ?tag=...; any text becomes its slug, so "North Korea" finds north-korea.
        pages.MapGet("/topics", (string? tag) =>
            TagSlug.From(tag ?? "") is { Length: > 0 } slug && ApiParameters.IsTagSlug(slug)
                ? Results.Redirect("/topics/" + Uri.EscapeDataString(slug))
                : Results.Redirect("/"));

        pages.MapGet("/topics/{tag}", async (string tag, ReaderPages reader, HttpContext context, CancellationToken ct) =>
            ApiParameters.IsTagSlug(tag) ? Page(context, await reader.TopicAsync(tag, ct)) : NotFound("There is no topic with that name."));

        pages.MapGet("/categories/{category}", async (string category, ReaderPages reader, HttpContext context, CancellationToken ct) =>
            Categories.IsKnown(category) ? Page(context, await reader.CategoryAsync(category, ct)) : NotFound($"Categories are: {string.Join(", ", Categories.All)}."));

        pages.MapGet("/articles/{id}", async (string id, ReaderPages reader, HttpContext context, CancellationToken ct) =>
            ArticleKey.TryParse(id, out var key) && await reader.ArticleAsync(key, ct) is { } html
                ? Page(context, html)
                : NotFound("This story is unknown or not summarized yet."));

        pages.MapGet("/feeds", async (ReaderPages reader, HttpContext context, CancellationToken ct) => Page(context, await reader.FeedsAsync(ct)));
        pages.MapGet("/subscribe", (HttpContext context) => Page(context, ReaderPages.Subscribe()));
        return app;
    }

    private static IResult Page(HttpContext context, string html)
    {
        context.Response.Headers.CacheControl = ApiResponse.PublicCacheControl;
        return Results.Content(html, HtmlType);
    }

    private static IResult NotFound(string message) => Results.Content(ReaderPages.NotFound(message), HtmlType, statusCode: 404);
}
