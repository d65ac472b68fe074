using FeedFunctions.Digest;
using FeedFunctions.Host.Apis.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FeedFunctions.Host.Apis;

/// <summary>Subscribe, confirm, unsubscribe (RFC 8058 one-click) and preferences, as JSON endpoints and small HTML pages.</summary>
public static class SubscriptionsApi
{
    // The same answer whatever the state of the address, so the endpoint cannot be used to learn who subscribes.
    private static readonly object AcceptedBody = new { status = "accepted", message = "If this address can receive mail, a message with a confirmation link is on its way." };

    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/subscriptions").WithTags("Subscriptions");
        api.MapPost("/", SubscribeJsonAsync).Accepts<SubscribeInput>("application/json");
        // GET only shows a button: link scanners in mail systems fetch every link, and must not confirm for the reader.
        api.MapGet("/confirm", (HttpContext context, string? token, SubscriptionTokens tokens) =>
            tokens.Validate(token, TokenPurpose.Confirm) is null ? BadLink(context) : SubscriptionPages.Confirm(context, token!));
        api.MapPost("/confirm", ConfirmAsync).DisableAntiforgery();
        api.MapPost("/unsubscribe", OneClickUnsubscribeAsync).DisableAntiforgery();

        app.MapPost("/subscribe", SubscribeFormAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/unsubscribe", (HttpContext context, string? token) =>
            string.IsNullOrEmpty(token) ? BadLink(context) : SubscriptionPages.Unsubscribe(context, token)).ExcludeFromDescription();
        app.MapPost("/unsubscribe", UnsubscribePageAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/preferences", PreferencesAsync).ExcludeFromDescription();
        app.MapPost("/preferences", SavePreferencesAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SubscribeJsonAsync(HttpContext context, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        SubscribeInput? input;
        try
        {
            input = await context.Request.ReadFromJsonAsync<SubscribeInput>(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return TypedResults.Problem(statusCode: 400, title: "subscriptions: the body is not a JSON subscribe request", detail: ex.Message);
        }
        if (input is null) return TypedResults.Problem(statusCode: 400, title: "subscriptions: the body is empty");

        var result = await SubscribeAsync(context, subscriptions, input, cancellationToken);
        return result switch
        {
            SubscriptionResult.Accepted => TypedResults.Json(AcceptedBody, statusCode: StatusCodes.Status202Accepted),
            SubscriptionResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "subscriptions: the request is not valid"),
            SubscriptionResult.TooManyRequests limited => TooMany(context, limited),
            SubscriptionResult.Unavailable => TypedResults.Problem(statusCode: 503, title: "subscriptions: email cannot be sent right now; try again later"),
            _ => TypedResults.Problem(statusCode: 500),
        };
    }

    private static async Task<IResult> SubscribeFormAsync(HttpContext context, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType) return TypedResults.Problem(statusCode: 415, title: "subscriptions: send the form as application/x-www-form-urlencoded");
        var input = SubscribeInput.FromForm(await context.Request.ReadFormAsync(cancellationToken));
        return await SubscribeAsync(context, subscriptions, input, cancellationToken) switch
        {
            SubscriptionResult.Accepted => SubscriptionPages.Message(context, 200, "Check your inbox", "If this address can receive mail, a message with a confirmation link is on its way. Nothing else is sent until you confirm."),
            SubscriptionResult.Invalid invalid => SubscriptionPages.Message(context, 400, "Please check the form", string.Join(" ", invalid.Errors.Values.SelectMany(e => e))),
            SubscriptionResult.TooManyRequests limited => SubscriptionPages.Message(context, 429, "Too many requests", $"Please try again in {limited.RetryAfter.TotalMinutes:0} minutes."),
            _ => SubscriptionPages.Message(context, 503, "Please try again later", "Email cannot be sent right now."),
        };
    }

    private static Task<SubscriptionResult> SubscribeAsync(HttpContext context, SubscriptionService subscriptions, SubscribeInput input, CancellationToken cancellationToken)
    {
        var (selection, errors) = input.ToSelection(new SubscriptionSelection());
        if (errors.Count > 0)
        {
            // Report every bad field at once: add what the core's checks find in the fields that did parse.
            foreach (var (field, messages) in SubscriptionValidator.Normalize(selection).Errors) errors.TryAdd(field, messages);
            if (SubscriptionValidator.NormalizeEmail(input.Email) is null) errors.TryAdd("email", ["subscriptions: email must be one plain address such as name@example.org."]);
            return Task.FromResult<SubscriptionResult>(new SubscriptionResult.Invalid(errors));
        }
        // Behind a proxy, the host's forwarded-headers middleware makes this the client's own address.
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return subscriptions.SubscribeAsync(input.Email, selection, client, cancellationToken);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext context, string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.ConfirmAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? SubscriptionPages.Message(context, 200, "Subscription confirmed", "Thank you. Your first digest arrives at your chosen time.")
            : BadLink(context);

    // RFC 8058 section 3.2: the POST carries "List-Unsubscribe=One-Click"; the token in the URL is all we need.
    // No cookie, no redirect, and a plain 200 the mail provider can read.
    private static async Task<IResult> OneClickUnsubscribeAsync(string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? TypedResults.Text("Unsubscribed.", "text/plain; charset=utf-8", statusCode: 200)
            : TypedResults.Problem(statusCode: 400, title: "subscriptions: the unsubscribe link is invalid or has expired");

    private static async Task<IResult> UnsubscribePageAsync(HttpContext context, string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? SubscriptionPages.Message(context, 200, "You are unsubscribed", "You will receive no more digests at this address.")
            : BadLink(context);

    private static async Task<IResult> PreferencesAsync(HttpContext context, string? token, SubscriptionService subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.GetPreferencesAsync(token, cancellationToken) is { } subscriber
            ? SubscriptionPages.Preferences(context, 200, token!, subscriber, SubscriptionSelection.Of(subscriber), null, saved: false)
            : BadLink(context);

    private static async Task<IResult> SavePreferencesAsync(HttpContext context, string? token, SubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetPreferencesAsync(token, cancellationToken) is not { } subscriber) return BadLink(context);
        if (!context.Request.HasFormContentType) return TypedResults.Problem(statusCode: 415, title: "subscriptions: send the form as application/x-www-form-urlencoded");
        var form = await context.Request.ReadFormAsync(cancellationToken);
        // An unticked checkbox sends nothing: an absent list here means "none", not "unchanged".
        var input = SubscribeInput.FromForm(form) with { Categories = SubscribeInput.FromForm(form).Categories ?? [] };
        var (selection, errors) = input.ToSelection(SubscriptionSelection.Of(subscriber));
        foreach (var (field, messages) in errors.Count > 0 ? SubscriptionValidator.Normalize(selection).Errors : []) errors.TryAdd(field, messages);
        var result = errors.Count > 0 ? new SubscriptionResult.Invalid(errors) : await subscriptions.UpdatePreferencesAsync(token, selection, cancellationToken);
        return result switch
        {
            SubscriptionResult.Accepted => SubscriptionPages.Preferences(context, 200, token!, subscriber, selection, null, saved: true),
            SubscriptionResult.Invalid invalid => SubscriptionPages.Preferences(context, 400, token!, subscriber, selection, invalid.Errors, saved: false),
            _ => BadLink(context),
        };
    }

    private static IResult TooMany(HttpContext context, SubscriptionResult.TooManyRequests limited)
    {
        context.Response.Headers.RetryAfter = ((int)limited.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: 429, title: "subscriptions: too many requests from this client; try again later");
    }

    private static IResult BadLink(HttpContext context) =>
        SubscriptionPages.Message(context, 400, "This link is not valid", "The link is incomplete, has expired, or was already used for an address that has since unsubscribed. You can subscribe again from the reader page.");
}
