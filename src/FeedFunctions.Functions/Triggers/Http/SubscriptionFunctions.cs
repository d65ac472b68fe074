using FeedFunctions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Functions.Triggers.Http;

/// <summary>Subscribe, confirm, unsubscribe (RFC 8058 one-click), preferences and a digest's "view in browser" page; the HTML pages are [ExcludeFromDescription], as in the self-host's OpenAPI document.</summary>
public sealed class SubscriptionFunctions(SubscriptionApi subscriptions, IOptions<ApiLimitsOptions> limits)
{
    [Function("Subscribe")]
    public async Task<IActionResult> Subscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadLimitedBodyAsync(cancellationToken);
        return (body is null ? Problems.TooLarge(ApiBody.MaxBytes) : await subscriptions.SubscribeJsonAsync(body, request.ContentType, request.ClientKey(), cancellationToken)).ToActionResult();
    }

    [Function("ConfirmSubscriptionPage")]
    public async Task<IActionResult> ConfirmPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/subscriptions/confirm")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.ConfirmPageAsync(Token(request), cancellationToken)).ToActionResult();

    [Function("ConfirmSubscription")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions/confirm")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.ConfirmAsync(Token(request), cancellationToken)).ToActionResult();

    [Function("OneClickUnsubscribe")]
    public async Task<IActionResult> OneClickUnsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscriptions/unsubscribe")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.OneClickUnsubscribeAsync(Token(request), cancellationToken)).ToActionResult();

    [Function("SubscribeForm")]
    [ExcludeFromDescription]
    public async Task<IActionResult> SubscribeForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "subscribe")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.SubscribeFormAsync(await request.ReadFormInputAsync(limits.Value, cancellationToken), request.ClientKey(), cancellationToken)).ToActionResult();

    [Function("UnsubscribePage")]
    [ExcludeFromDescription]
    public IActionResult UnsubscribePage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unsubscribe")] HttpRequest request) =>
        subscriptions.UnsubscribePage(Token(request)).ToActionResult();

    [Function("Unsubscribe")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Unsubscribe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unsubscribe")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.UnsubscribeAsync(Token(request), cancellationToken)).ToActionResult();

    [Function("PreferencesPage")]
    [ExcludeFromDescription]
    public async Task<IActionResult> Preferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "preferences")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.PreferencesAsync(Token(request), cancellationToken)).ToActionResult();

    [Function("SavePreferences")]
    [ExcludeFromDescription]
    public async Task<IActionResult> SavePreferences(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "preferences")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.SavePreferencesAsync(Token(request), await request.ReadFormInputAsync(limits.Value, cancellationToken), cancellationToken)).ToActionResult();

    [Function("ViewDigest")]
    [ExcludeFromDescription]
    public async Task<IActionResult> ViewDigest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "digest")] HttpRequest request, CancellationToken cancellationToken) =>
        (await subscriptions.ViewDigestAsync(Token(request), cancellationToken)).ToActionResult();

    private static string? Token(HttpRequest request) =>
        request.Query.TryGetValue("token", out var token) ? token.ToString() : null;
}
