namespace FeedFunctions.Email;

/// <summary>What became of one message handed to the SMTP server.</summary>
public abstract record EmailSendResult
{
    private EmailSendResult() { }

    /// <summary>The server accepted the message.</summary>
    public sealed record Sent(string MessageId) : EmailSendResult;

    /// <summary>A 4xx reply, a network fault or a timeout: the same message may succeed later.</summary>
    public sealed record TransientFailure(string Error) : EmailSendResult;

    /// <summary>A 5xx reply: sending the same message again will fail again.</summary>
    /// <param name="RecipientRejected">True when the server refused the recipient (a bounce), false when it refused us or the message.</param>
    public sealed record PermanentFailure(int StatusCode, string Error, bool RecipientRejected) : EmailSendResult;
}
