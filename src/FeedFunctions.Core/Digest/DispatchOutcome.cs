namespace FeedFunctions.Digest;

/// <summary>What the dispatcher did with one digest message.</summary>
public enum DispatchOutcome
{
    Sent,
    /// <summary>Another run has sent, is sending, or has settled this subscriber's period.</summary>
    AlreadyHandled,
    /// <summary>No stories for the period: nothing sent.</summary>
    Empty,
    /// <summary>The subscriber is gone, pending, paused or unsubscribed.</summary>
    NotActive,
    /// <summary>The mail server refused the message permanently; recorded on the subscriber.</summary>
    Refused,
}
