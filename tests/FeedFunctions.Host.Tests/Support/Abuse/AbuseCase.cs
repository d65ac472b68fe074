namespace FeedFunctions.Tests.Support.Abuse;

/// <summary>What an abuse case must get back, besides never a 5xx and never a leak.</summary>
public enum Expect
{
    /// <summary>Any status below 500; a 4xx must be a problem or, on an HTML route, a page.</summary>
    Handled,
    /// <summary>A 4xx problem+json.</summary>
    Problem,
    /// <summary>A 4xx HTML page in the site's layout (the forms' friendly error).</summary>
    Page,
    /// <summary>A 2xx answer: the input is odd but valid.</summary>
    Success,
}

/// <summary>One named hostile request and what it must get: a status (0 for any of <see cref="Expect"/>) and its kind.</summary>
/// <param name="Name">Unique, says what is sent and where.</param>
/// <param name="Method">GET, POST, ...</param>
/// <param name="Target">Path and query, escaped as sent on the wire.</param>
public sealed record AbuseCase(string Name, string Method, string Target, Expect Expect, int Status = 0)
{
    public byte[]? Body { get; init; }
    public string? ContentType { get; init; }

    /// <summary>Sent without the admin key even on admin routes.</summary>
    public bool WithoutAdminKey { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Kestrel may refuse the request line itself with an empty 400 before any of our code runs (documented).</summary>
    public bool ServerMayReject { get; init; }

    public override string ToString() => Name;
}
