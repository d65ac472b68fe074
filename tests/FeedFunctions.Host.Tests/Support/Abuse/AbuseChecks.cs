using System.Text.Json;
using System.Text.RegularExpressions;

namespace FeedFunctions.Tests.Support.Abuse;

/// <summary>What every answer to an abuse case must be: never a 5xx, the expected status and kind, and nothing internal in the body.</summary>
public static partial class AbuseChecks
{
    /// <summary>The reasons the answer fails the case; empty when it passes.</summary>
    public static List<string> Check(AbuseCase test, AbuseRoute? route, int status, string? mediaType, string body, IReadOnlyList<string> secrets)
    {
        var failures = new List<string>();
        // Kestrel answers a request line it cannot read (a NUL in the path) itself, before any middleware: an empty 400, as docs/reliability.md says.
        if (test.ServerMayReject && status == 400 && body.Length == 0) return failures;
        if (status >= 500) failures.Add($"answered {status}");
        if (test.Status != 0 && status != test.Status) failures.Add($"answered {status}, expected {test.Status}");
        var isProblem = mediaType == "application/problem+json";
        var isPage = mediaType == "text/html";
        switch (test.Expect)
        {
            case Expect.Success when status is < 200 or > 299:
                failures.Add($"answered {status}, expected a 2xx");
                break;
            case Expect.Problem when !(status is >= 400 and < 500 && isProblem):
                failures.Add($"answered {status} {mediaType}, expected a 4xx problem");
                break;
            case Expect.Page when !(status is >= 400 and < 500 && isPage):
                failures.Add($"answered {status} {mediaType}, expected a 4xx HTML page");
                break;
            case Expect.Handled when status is >= 400 and < 500 && !(isProblem || (isPage && route?.IsPage != false)):
                failures.Add($"answered {status} {mediaType}, expected a problem{(route?.IsPage == true ? " or a page" : "")}");
                break;
        }
        if (isProblem) failures.AddRange(ProblemShape(status, body));
        // Scalar's bundle (/docs/scalar.js) is third-party script served as shipped; everything else is ours.
        if (mediaType is not ("text/javascript" or "application/javascript")) failures.AddRange(Leaks(body, secrets));
        // Markup sent in is never echoed raw into a page.
        if (isPage && body.Contains(AbuseInputs.Script, StringComparison.Ordinal)) failures.Add("echoed <script> into a page");
        return failures;
    }

    /// <summary>Type names, stack traces, exception text and internal settings that must never reach a client.</summary>
    public static IEnumerable<string> Leaks(string body, IReadOnlyList<string> secrets)
    {
        foreach (Match match in LeakPattern().Matches(body)) yield return $"leaks \"{match.Value}\"";
        foreach (var secret in secrets.Where(s => body.Contains(s, StringComparison.Ordinal))) yield return $"leaks the secret \"{secret[..Math.Min(8, secret.Length)]}…\"";
    }

    private static IEnumerable<string> ProblemShape(int status, string body)
    {
        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return ["a problem+json body that is not JSON"];
        }
        var failures = new List<string>();
        if (!problem.TryGetProperty("status", out var s) || s.GetInt32() != status) failures.Add("problem.status differs from the HTTP status");
        if (!problem.TryGetProperty("type", out var t) || string.IsNullOrEmpty(t.GetString())) failures.Add("problem without type");
        if (!problem.TryGetProperty("detail", out var d) || string.IsNullOrEmpty(d.GetString())) failures.Add("problem without detail");
        return failures;
    }

    // .NET type and namespace names, "Exception", stack frames, and the settings that hold secrets or name internals.
    [GeneratedRegex(@"\b(System|Microsoft|Azure|FeedFunctions)\.[A-Z][A-Za-z]+|Nullable`1|\w*Exception\b|\bat [\w.<>]+\(|\.cs:line|ConnectionString|AccountKey|DefaultEndpointsProtocol|SigningKey|\b(Storage|Smtp|Llm|Digest):[A-Z]")]
    private static partial Regex LeakPattern();
}
