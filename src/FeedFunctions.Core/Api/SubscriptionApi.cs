using System.Globalization;
using System.Text.Json;
using FeedFunctions.Digest;

namespace FeedFunctions.Api;

/// <summary>Subscribe, confirm, unsubscribe (RFC 8058 one-click) and preferences, as JSON answers and small HTML pages.</summary>
public sealed class SubscriptionApi(SubscriptionService subscriptions, SubscriptionTokens tokens)
{
    /// <summary>The media type the HTML forms post.</summary>
    public const string FormType = "application/x-www-form-urlencoded";

    // The same answer whatever the state of the address, so the endpoint cannot be used to learn who subscribes.
    private static readonly object AcceptedBody = new { status = "accepted", message = "If this address can receive mail, a message with a confirmation link is on its way." };

    /// <summary>POST /api/subscriptions: a JSON subscribe request from <paramref name="clientKey"/> (the client's address, for the rate limit).</summary>
    public async Task<ApiResponse> SubscribeJsonAsync(byte[] body, string? contentType, string clientKey, CancellationToken cancellationToken)
    {
        if (!ApiBody.IsJson(contentType)) return Problem(400, "subscriptions: the body is not a JSON subscribe request", $"subscriptions: send the body as application/json, not {contentType ?? "no media type"}.");
        SubscribeInput? input;
        try
        {
            input = JsonSerializer.Deserialize<SubscribeInput>(body, ApiJson.Options);
        }
        catch (JsonException ex)
        {
            return Problem(400, "subscriptions: the body is not a JSON subscribe request", ex.Message);
        }
        if (input is null) return Problem(400, "subscriptions: the body is empty", "subscriptions: send a JSON object with at least an email.");

        return await SubscribeAsync(input, clientKey, cancellationToken) switch
        {
            SubscriptionResult.Accepted => ApiResponse.Json(AcceptedBody, status: 202),
            SubscriptionResult.Invalid invalid => Problems.Validation(invalid.Errors),
            SubscriptionResult.TooManyRequests limited => Problem(429, "subscriptions: too many requests from this client; try again later", "subscriptions: this client sent too many subscribe requests.")
                .WithHeaders(KeyValuePair.Create("Retry-After", ((int)limited.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture))),
            SubscriptionResult.Unavailable => Problem(503, "subscriptions: email cannot be sent right now; try again later", "subscriptions: the mail server did not take the confirmation."),
            _ => Problems.ForStatus(500, "subscriptions: the request ended in an unexpected state."),
        };
    }

    /// <summary>POST /subscribe: the reader page's form; <paramref name="form"/> is null when the body is not a form.</summary>
    public async Task<ApiResponse> SubscribeFormAsync(QueryValues? form, string clientKey, CancellationToken cancellationToken)
    {
        if (form is null) return Problems.UnsupportedMediaType(FormType);
        return await SubscribeAsync(SubscribeInput.FromForm(form), clientKey, cancellationToken) switch
        {
            SubscriptionResult.Accepted => SubscriptionPages.Message(200, "Check your inbox", "If this address can receive mail, a message with a confirmation link is on its way. Nothing else is sent until you confirm."),
            SubscriptionResult.Invalid invalid => SubscriptionPages.Message(400, "Please check the form", string.Join(" ", invalid.Errors.Values.SelectMany(e => e))),
            SubscriptionResult.TooManyRequests limited => SubscriptionPages.Message(429, "Too many requests", $"Please try again in {limited.RetryAfter.TotalMinutes:0} minutes."),
            _ => SubscriptionPages.Message(503, "Please try again later", "Email cannot be sent right now."),
        };
    }

    /// <summary>GET /api/subscriptions/confirm: only a button, because mail scanners fetch every link and must not confirm for the reader.</summary>
    public ApiResponse ConfirmPage(string? token) =>
        tokens.Validate(token, TokenPurpose.Confirm) is null ? BadLink() : SubscriptionPages.Confirm(token!);

    /// <summary>POST /api/subscriptions/confirm: activates the subscription.</summary>
    public async Task<ApiResponse> ConfirmAsync(string? token, CancellationToken cancellationToken) =>
        await subscriptions.ConfirmAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? SubscriptionPages.Message(200, "Subscription confirmed", "Thank you. Your first digest arrives at your chosen time.")
            : BadLink();

    /// <summary>POST /api/subscriptions/unsubscribe: RFC 8058 one-click, a plain 200 with no cookie and no redirect.</summary>
    public async Task<ApiResponse> OneClickUnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        // RFC 8058 section 3.2: the POST carries "List-Unsubscribe=One-Click"; the token in the URL is all we need.
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? ApiResponse.Text("Unsubscribed.", "text/plain; charset=utf-8", cacheable: false)
            : Problem(400, "subscriptions: the unsubscribe link is invalid or has expired", "subscriptions: the token is malformed, expired or for another purpose.");

    /// <summary>GET /unsubscribe: a button that POSTs, because mail scanners follow links with GET.</summary>
    public ApiResponse UnsubscribePage(string? token) =>
        string.IsNullOrEmpty(token) ? BadLink() : SubscriptionPages.Unsubscribe(token);

    /// <summary>POST /unsubscribe: the page's button.</summary>
    public async Task<ApiResponse> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? SubscriptionPages.Message(200, "You are unsubscribed", "You will receive no more digests at this address.")
            : BadLink();

    /// <summary>GET /preferences: the form with the subscriber's current choices.</summary>
    public async Task<ApiResponse> PreferencesAsync(string? token, CancellationToken cancellationToken) =>
        await subscriptions.GetPreferencesAsync(token, cancellationToken) is { } subscriber
            ? SubscriptionPages.Preferences(200, token!, subscriber, SubscriptionSelection.Of(subscriber), null, saved: false)
            : BadLink();

    /// <summary>POST /preferences: saves the form; <paramref name="form"/> is null when the body is not a form.</summary>
    public async Task<ApiResponse> SavePreferencesAsync(string? token, QueryValues? form, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetPreferencesAsync(token, cancellationToken) is not { } subscriber) return BadLink();
        if (form is null) return Problems.UnsupportedMediaType(FormType);
        var input = SubscribeInput.FromForm(form);
        // An unticked checkbox sends nothing: an absent list here means "none", not "unchanged".
        input = input with { Categories = input.Categories ?? [] };
        var (selection, errors) = input.ToSelection(SubscriptionSelection.Of(subscriber));
        foreach (var (field, messages) in errors.Count > 0 ? SubscriptionValidator.Normalize(selection).Errors : []) errors.TryAdd(field, messages);
        var result = errors.Count > 0 ? new SubscriptionResult.Invalid(errors) : await subscriptions.UpdatePreferencesAsync(token, selection, cancellationToken);
        return result switch
        {
            SubscriptionResult.Accepted => SubscriptionPages.Preferences(200, token!, subscriber, selection, null, saved: true),
            SubscriptionResult.Invalid invalid => SubscriptionPages.Preferences(400, token!, subscriber, selection, invalid.Errors, saved: false),
            _ => BadLink(),
        };
    }

    private Task<SubscriptionResult> SubscribeAsync(SubscribeInput input, string clientKey, CancellationToken cancellationToken)
    {
        var (selection, errors) = input.ToSelection(new SubscriptionSelection());
        if (errors.Count > 0)
        {
            // Report every bad field at once: add what the core's checks find in the fields that did parse.
            foreach (var (field, messages) in SubscriptionValidator.Normalize(selection).Errors) errors.TryAdd(field, messages);
            if (SubscriptionValidator.NormalizeEmail(input.Email) is null) errors.TryAdd("email", ["subscriptions: email must be one plain address such as name@example.org."]);
            return Task.FromResult<SubscriptionResult>(new SubscriptionResult.Invalid(errors));
        }
        return subscriptions.SubscribeAsync(input.Email, selection, clientKey, cancellationToken);
    }

    private static ApiResponse Problem(int status, string title, string detail) =>
        ApiResponse.Problem(new ApiProblem("about:blank", title, status, detail));

    private static ApiResponse BadLink() =>
        SubscriptionPages.Message(400, "This link is not valid", "The link is incomplete, has expired, or was already used for an address that has since unsubscribed. You can subscribe again from the reader page.");
}
