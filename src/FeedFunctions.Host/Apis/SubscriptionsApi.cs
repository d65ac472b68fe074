using FeedFunctions.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Host.Apis;

/// <summary>Subscribe, confirm, unsubscribe (RFC 8058 one-click), preferences and a digest's "view in browser" page, as JSON endpoints and pages.</summary>
public static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/subscriptions").WithTags("Subscriptions");
        api.MapPost("/", async (HttpRequest request, SubscriptionApi subscriptions, CancellationToken ct) =>
                await request.ReadLimitedBodyAsync() is { } body
                    ? (await subscriptions.SubscribeJsonAsync(body, request.ContentType, request.ClientKey(), ct)).ToResult()
                    : Problems.TooLarge(ApiBody.MaxBytes).ToResult())
            .Accepts<SubscribeInput>("application/json");
        api.MapGet("/confirm", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.ConfirmPageAsync(token, ct)).ToResult());
        api.MapPost("/confirm", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.ConfirmAsync(token, ct)).ToResult()).DisableAntiforgery();
        api.MapPost("/unsubscribe", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.OneClickUnsubscribeAsync(token, ct)).ToResult()).DisableAntiforgery();

        app.MapPost("/subscribe", async (HttpRequest request, SubscriptionApi subscriptions, IOptions<ApiLimitsOptions> limits, CancellationToken ct) =>
            (await subscriptions.SubscribeFormAsync(await request.ReadFormInputAsync(limits.Value, ct), request.ClientKey(), ct)).ToResult())
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/unsubscribe", (string? token, SubscriptionApi subscriptions) => subscriptions.UnsubscribePage(token).ToResult())
            .ExcludeFromDescription();
        app.MapPost("/unsubscribe", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.UnsubscribeAsync(token, ct)).ToResult()).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/preferences", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.PreferencesAsync(token, ct)).ToResult()).ExcludeFromDescription();
        app.MapPost("/preferences", async (HttpRequest request, string? token, SubscriptionApi subscriptions, IOptions<ApiLimitsOptions> limits, CancellationToken ct) =>
            (await subscriptions.SavePreferencesAsync(token, await request.ReadFormInputAsync(limits.Value, ct), ct)).ToResult())
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/digest", async (string? token, SubscriptionApi subscriptions, CancellationToken ct) =>
            (await subscriptions.ViewDigestAsync(token, ct)).ToResult()).ExcludeFromDescription();
        return app;
    }
}
