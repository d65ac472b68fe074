using System.Globalization;
using System.Text.Json;
using FeedFunctions.Digest;
using FeedFunctions.Email;
using FeedFunctions.Web;

namespace FeedFunctions.Api;

/// <summary>Subscribe, confirm, unsubscribe (RFC 8058 one-click), preferences and "view in browser", as JSON answers and pages.</summary>
public sealed class SubscriptionApi(
    SubscriptionService subscriptions,
    SubscriptionTokens tokens,
    SubscriptionLinks links,
    SubscriptionNames names,
    SubscriptionChoices choices,
    DigestArchive archive,
    ClientRateLimiter limiter)
{
    /// <summary>The media type the HTML forms post.</summary>
    public const string FormType = "application/x-www-form-urlencoded";

    // The same answer whatever the state of the address, so the endpoint cannot be used to learn who subscribes.
    private static readonly object AcceptedBody = new { status = "accepted", message = "If this address can receive mail, a message with a confirmation link is on its way." };

    /// <summary>POST /api/subscriptions: a JSON subscribe request from <paramref name="clientKey"/> (the client's address, for the rate limit).</summary>
    public async Task<ApiResponse> SubscribeJsonAsync(byte[] body, string? contentType, string clientKey, CancellationToken cancellationToken)
    {
        if (!ApiBody.IsJson(contentType)) return Problems.UnsupportedMediaType("application/json");
        if (limiter.Check("/api/subscriptions", clientKey) is { } tooMany) return tooMany;
        SubscribeInput? input;
        try
        {
            input = JsonSerializer.Deserialize<SubscribeInput>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            return JsonBodyError.Problem(e);
        }
        if (input is null) return Problem(400, "The body is empty.", "Send a JSON object with at least an email.");

        return await SubscribeAsync(input, clientKey, cancellationToken) switch
        {
            SubscriptionResult.Accepted => ApiResponse.Json(AcceptedBody, status: 202),
            SubscriptionResult.Invalid invalid => Problems.Validation(invalid.Errors),
            SubscriptionResult.TooManyRequests limited => Problem(429, "Too many requests from this client; try again later.", "This client sent too many subscribe requests.")
                .WithHeaders(RetryAfter(limited)),
            SubscriptionResult.Unavailable => Problem(503, "Email cannot be sent right now; try again later.", "The mail server did not take the confirmation."),
            _ => Problems.ForStatus(500, "The request ended in an unexpected state."),
        };
    }

    /// <summary>POST /subscribe: the site's form, as the host read it.</summary>
    public async Task<ApiResponse> SubscribeFormAsync(FormInput posted, string clientKey, CancellationToken cancellationToken)
    {
        if (FormProblem(posted) is { } problem) return problem;
        if (limiter.Check("/subscribe", clientKey) is not null)
        {
            return SubscriptionPages.Message(429, "Too many requests", "This computer sent the form too many times in a short while. Please wait a minute and try again.");
        }
        var form = ((FormInput.Fields)posted).Values;
        var input = SubscribeInput.FromForm(form);
        return await SubscribeAsync(input, clientKey, cancellationToken) switch
        {
            SubscriptionResult.Accepted => SubscriptionPages.CheckInbox(SubscriptionValidator.NormalizeEmail(input.Email) ?? "", await DescribeAsync(input.ToSelection(new SubscriptionSelection()).Selection, cancellationToken)),
            SubscriptionResult.Invalid invalid => SubscriptionPages.SubscribeFailed(SubscriptionFormValues.FromForm(form), invalid.Errors, await choices.LoadAsync(cancellationToken)),
            SubscriptionResult.TooManyRequests limited => SubscriptionPages.Message(429, "Too many requests", $"Please try again in {Math.Ceiling(limited.RetryAfter.TotalMinutes):0} minutes.")
                .WithHeaders(RetryAfter(limited)),
            _ => SubscriptionPages.Message(503, "Please try again later", "Email cannot be sent right now, so we could not send the confirmation. Nothing was saved."),
        };
    }

    /// <summary>GET /api/subscriptions/confirm: what was asked for and a button, because mail scanners fetch every link and must not confirm for the reader.</summary>
    public async Task<ApiResponse> ConfirmPageAsync(string? token, CancellationToken cancellationToken) =>
        await subscriptions.GetByConfirmTokenAsync(token, cancellationToken) is { Status: SubscriberStatus.Pending or SubscriberStatus.Active } subscriber
            ? SubscriptionPages.Confirm(token!, await DescribeAsync(SubscriptionSelection.Of(subscriber), cancellationToken))
            : BadLink();

    /// <summary>POST /api/subscriptions/confirm: activates the subscription.</summary>
    public async Task<ApiResponse> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (await subscriptions.ConfirmAsync(token, cancellationToken) is not SubscriptionResult.Accepted) return BadLink();
        var subscriber = await subscriptions.GetByConfirmTokenAsync(token, cancellationToken);
        return subscriber is null
            ? BadLink()
            : SubscriptionPages.Confirmed(await DescribeAsync(SubscriptionSelection.Of(subscriber), cancellationToken), links.Preferences(subscriber.Id));
    }

    /// <summary>POST /api/subscriptions/unsubscribe: RFC 8058 one-click, a plain 200 with no cookie and no redirect.</summary>
    public async Task<ApiResponse> OneClickUnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        // RFC 8058 section 3.2: the POST carries "List-Unsubscribe=One-Click"; the token in the URL is all we need.
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted
            ? ApiResponse.Text("Unsubscribed.", "text/plain; charset=utf-8", cacheable: false)
            : Problem(400, "The unsubscribe link is invalid or has expired.", "The token is malformed, expired or for another purpose.");

    /// <summary>GET /unsubscribe: a button that POSTs, because mail scanners follow links with GET; and a way to get fewer emails instead.</summary>
    public ApiResponse UnsubscribePage(string? token) =>
        tokens.Validate(token, TokenPurpose.Unsubscribe) is { } id ? SubscriptionPages.Unsubscribe(token!, links.Preferences(id)) : BadLink();

    /// <summary>POST /unsubscribe: the page's button.</summary>
    public async Task<ApiResponse> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        await subscriptions.UnsubscribeAsync(token, cancellationToken) is SubscriptionResult.Accepted ? SubscriptionPages.Unsubscribed() : BadLink();

    /// <summary>GET /preferences: the form with the subscriber's current choices, topics and feeds by name.</summary>
    public async Task<ApiResponse> PreferencesAsync(string? token, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetPreferencesAsync(token, cancellationToken) is not { } subscriber) return BadLink();
        var selection = SubscriptionSelection.Of(subscriber);
        var values = SubscriptionFormValues.FromSelection(selection, await names.ForAsync(selection, cancellationToken));
        return SubscriptionPages.Preferences(200, token!, subscriber.Email, values, null, await choices.LoadAsync(cancellationToken), saved: null, links.UnsubscribePage(subscriber.Id));
    }

    /// <summary>POST /preferences: saves the form, or shows it again as sent with each error next to its field.</summary>
    public async Task<ApiResponse> SavePreferencesAsync(string? token, FormInput posted, CancellationToken cancellationToken)
    {
        if (await subscriptions.GetPreferencesAsync(token, cancellationToken) is not { } subscriber) return BadLink();
        if (FormProblem(posted) is { } problem) return problem;
        var form = ((FormInput.Fields)posted).Values;
        var input = SubscribeInput.FromForm(form);
        // The form always shows every list, and an unticked box sends nothing: an absent list means "none", not "unchanged".
        input = input with { Topics = input.Topics ?? [], Categories = input.Categories ?? [], Feeds = input.Feeds ?? [] };
        var (selection, errors) = input.ToSelection(SubscriptionSelection.Of(subscriber));
        foreach (var (field, messages) in errors.Count > 0 ? SubscriptionValidator.Normalize(selection).Errors : []) errors.TryAdd(field, messages);
        var result = errors.Count > 0 ? new SubscriptionResult.Invalid(errors) : await subscriptions.UpdatePreferencesAsync(token, selection, cancellationToken);
        switch (result)
        {
            case SubscriptionResult.Accepted:
                var saved = SubscriptionValidator.Normalize(selection).Selection;
                var savedNames = await names.ForAsync(saved, cancellationToken);
                return SubscriptionPages.Preferences(200, token!, subscriber.Email, SubscriptionFormValues.FromSelection(saved, savedNames), null,
                    await choices.LoadAsync(cancellationToken), SelectionSummary.Lines(saved, savedNames), links.UnsubscribePage(subscriber.Id));
            case SubscriptionResult.Invalid invalid:
                return SubscriptionPages.Preferences(400, token!, subscriber.Email, SubscriptionFormValues.FromForm(form), invalid.Errors, await choices.LoadAsync(cancellationToken), saved: null, links.UnsubscribePage(subscriber.Id));
            default:
                return BadLink();
        }
    }

    /// <summary>GET /digest: the "view in browser" page of one sent digest, rendered from the issue archived when it was sent.</summary>
    public async Task<ApiResponse> ViewDigestAsync(string? token, CancellationToken cancellationToken)
    {
        if (links.ReadViewDigest(token) is not { } digest) return BadLink();
        var (subscriberId, period) = digest;
        if (await archive.GetAsync(subscriberId, period, cancellationToken) is not { } issue)
        {
            return SubscriptionPages.Message(404, "This digest is not available", "It was never sent, or it has been removed. Newer digests have their own links.");
        }
        var manage = new DigestEmailLinks(links.OneClickUnsubscribe(subscriberId), links.UnsubscribePage(subscriberId), links.Preferences(subscriberId), ViewInBrowser: null);
        return HtmlResponses.Private(200, DigestHtmlRenderer.Render(issue, manage));
    }

    private async Task<IReadOnlyList<(string Label, string Text)>> DescribeAsync(SubscriptionSelection selection, CancellationToken cancellationToken)
    {
        var normalized = SubscriptionValidator.Normalize(selection).Selection;
        return SelectionSummary.Lines(normalized, await names.ForAsync(normalized, cancellationToken));
    }

    private Task<SubscriptionResult> SubscribeAsync(SubscribeInput input, string clientKey, CancellationToken cancellationToken)
    {
        var (selection, errors) = input.ToSelection(new SubscriptionSelection());
        if (errors.Count > 0)
        {
            // Report every bad field at once: add what the core's checks find in the fields that did parse.
            foreach (var (field, messages) in SubscriptionValidator.Normalize(selection).Errors) errors.TryAdd(field, messages);
            if (SubscriptionValidator.EmailProblem(input.Email) is { } emailProblem) errors.TryAdd("email", [emailProblem]);
            return Task.FromResult<SubscriptionResult>(new SubscriptionResult.Invalid(errors));
        }
        return subscriptions.SubscribeAsync(input.Email, selection, clientKey, cancellationToken);
    }

    // What a form post that cannot be used gets: the site's page saying why, and that nothing was saved.
    private static ApiResponse? FormProblem(FormInput posted) => posted switch
    {
        FormInput.Fields => null,
        FormInput.NotForm => Problems.UnsupportedMediaType(FormType),
        FormInput.TooLarge => SubscriptionPages.Message(413, "This form is too large", $"The form sent more than {ApiBody.MaxBytes / 1024} KB, far more than it holds. Nothing was saved; please go back and try again."),
        FormInput.Malformed malformed => SubscriptionPages.Message(400, "This form could not be read", $"{malformed.Reason} Nothing was saved; please go back and try again."),
        _ => SubscriptionPages.Message(400, "This form could not be read", "Nothing was saved; please go back and try again."),
    };

    private static KeyValuePair<string, string> RetryAfter(SubscriptionResult.TooManyRequests limited) =>
        KeyValuePair.Create("Retry-After", ((int)limited.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture));

    private static ApiResponse Problem(int status, string title, string detail) =>
        ApiResponse.Problem(new ApiProblem("about:blank", title, status, detail));

    private static ApiResponse BadLink() =>
        SubscriptionPages.Message(400, "This link is not valid", "The link is incomplete, has expired, or was already used for an address that has since unsubscribed. You can subscribe again from the Subscribe page.");
}
