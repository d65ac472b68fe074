namespace FeedFunctions.Host.Apis;

/// <summary>Maps the HTTP API, the summarized feeds and the API reference onto the self-host.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps /api/*, /feeds/*.{rss|atom|json}, /docs, /openapi/v1.json and /problems/{type}; call app.UseFeedFunctionsProblems() first for problem details on every error.</summary>
    public static IEndpointRouteBuilder MapFeedFunctionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("api");
        ArticlesEndpoints.Map(api);
        StoriesEndpoints.Map(api);
        SummarizeEndpoints.Map(api);
        TopicsEndpoints.Map(api);
        AdminEndpoints.Map(api);
        PublishedFeedEndpoints.Map(app);
        ApiReferenceEndpoints.Map(app);
        return app;
    }
}
