using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace FeedFunctions.Tests.Support.Abuse;

/// <summary>
/// The abuse suite's table, built from a host's own route table so that a new route gets its cases without anyone
/// writing them: every route with hostile path parameters, query strings, methods and bodies, then the subscriber
/// fields, the admin key and the reproductions of issue 16.
/// </summary>
public sealed class AbuseCases(IReadOnlyList<AbuseRoute> routes, IReadOnlyDictionary<string, string> usual, string issuedToken)
{
    public static IReadOnlyList<string> Groups { get; } = ["path parameters", "query strings", "methods", "bodies", "subscriber fields", "admin key", "issue 16"];

    public IReadOnlyList<AbuseCase> Group(string group) => group switch
    {
        "path parameters" => PathParameters(),
        "query strings" => QueryStrings(),
        "methods" => Methods(),
        "bodies" => Bodies(),
        "subscriber fields" => SubscriberFields(),
        "admin key" => AdminKey(),
        "issue 16" => Issue16(),
        _ => throw new ArgumentException("no such group: " + group, nameof(group)),
    };

    public IReadOnlyList<AbuseCase> All => [.. Groups.SelectMany(Group)];

    private List<AbuseCase> PathParameters() =>
    [
        .. from route in routes
           from parameter in route.Parameters.Where(p => p != "root")
           from segment in AbuseInputs.Segments
           select new AbuseCase($"{route} with {parameter} = {segment.Name}", route.Method, route.Path(usual, parameter, segment.Escaped), Expect.Handled)
           {
               Body = route.Method == "POST" ? "{}"u8.ToArray() : null,
               ContentType = route.Method == "POST" ? "application/json" : null,
               ServerMayReject = segment.Name == "nul",
           },
    ];

    private List<AbuseCase> QueryStrings() =>
    [
        .. from route in routes.Where(r => r.Method == "GET")
           from query in AbuseInputs.Queries(issuedToken)
           select new AbuseCase($"{route} with {query.Name}", "GET", route.Path(usual) + "?" + query.Query, Expect.Handled),
    ];

    // A method the template does not answer is a 405 problem, on pages as on the API.
    private List<AbuseCase> Methods() =>
    [
        .. from template in routes.Select(r => r.Template).Distinct()
           let taken = routes.Where(r => r.Template == template).Select(r => r.Method).ToHashSet()
           from method in new[] { "PUT", "PATCH" }.Where(m => !taken.Contains(m))
           let route = routes.First(r => r.Template == template)
           select new AbuseCase($"{method} /{template}", method, route.Path(usual), Expect.Problem, 405),
    ];

    private List<AbuseCase> Bodies() =>
    [
        .. from route in routes.Where(r => r.Method is "POST" or "DELETE")
           from body in AbuseInputs.Bodies
           select new AbuseCase($"{route} with {body.Name}", route.Method, route.Path(usual) + (route.Template == "preferences" ? "?token=x" : ""), Expect.Handled)
           {
               Body = body.Body,
               ContentType = body.ContentType,
           },
    ];

    private List<AbuseCase> SubscriberFields()
    {
        var cases = new List<AbuseCase>();
        foreach (var field in AbuseInputs.SubscriberFields)
        {
            foreach (var (name, value) in AbuseInputs.FieldValues)
            {
                var email = $"reader.{field}.{name.Replace(' ', '-')}@example.test";
                var fields = new Dictionary<string, string> { ["email"] = email, [field] = value };
                cases.Add(new AbuseCase($"POST /api/subscriptions with {name} in {field}", "POST", "/api/subscriptions", Expect.Handled)
                {
                    Body = JsonSerializer.SerializeToUtf8Bytes(fields.ToDictionary(f => f.Key, f => (object)f.Value)),
                    ContentType = "application/json",
                });
                var form = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value))));
                cases.Add(new AbuseCase($"POST /subscribe with {name} in {field}", "POST", "/subscribe", Expect.Handled)
                {
                    Body = form,
                    ContentType = "application/x-www-form-urlencoded",
                });
                cases.Add(new AbuseCase($"POST /preferences?token=x with {name} in {field}", "POST", "/preferences?token=x", Expect.Page, 400)
                {
                    Body = form,
                    ContentType = "application/x-www-form-urlencoded",
                });
            }
        }
        return cases;
    }

    // Without the key, or with a wrong one, every admin route is a 401 before anything else is looked at (415 included).
    private List<AbuseCase> AdminKey() =>
    [
        .. from route in routes.Where(r => r.IsAdmin)
           from key in new[] { (Name: "no key", Value: (string?)null), (Name: "a wrong key", Value: "wrong-key-0123456789"), (Name: "an empty key", Value: "") }
           from body in new[] { (Name: "no body", ContentType: (string?)null), (Name: "a wrong content type", ContentType: "text/plain") }
           select new AbuseCase($"{route} with {key.Name} and {body.Name}", route.Method, route.Path(usual), Expect.Problem, 401)
           {
               WithoutAdminKey = true,
               Body = body.ContentType is null ? null : "x"u8.ToArray(),
               ContentType = body.ContentType,
               Headers = key.Value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["x-admin-key"] = key.Value },
           },
    ];

    // Each reproduction of issue 16 as written, with the exact answer it must now get.
    private List<AbuseCase> Issue16() =>
    [
        new("articles since 0001-01-01", "GET", "/api/articles?since=0001-01-01", Expect.Success, 200),
        new("articles until 0001-01-01", "GET", "/api/articles?until=0001-01-01", Expect.Success, 200),
        new("articles until 9999-12-31", "GET", "/api/articles?until=9999-12-31T23:59:59.9999999Z", Expect.Success, 200),
        new("articles since 1000-01-01", "GET", "/api/articles?since=1000-01-01", Expect.Success, 200),
        new("topics since 0001-01-01 until 0001-01-02", "GET", "/api/topics?since=0001-01-01&until=0001-01-02", Expect.Success, 200),
        new("topics until 0001-01-01", "GET", "/api/topics?until=0001-01-01", Expect.Success, 200),
        new("topics until 9999-12-31", "GET", "/api/topics?until=9999-12-31", Expect.Success, 200),
        new("forged token 999912|x", "GET", "/api/articles?continuationToken=" + Base64Url.EncodeToString("999912|x"u8), Expect.Problem, 400),
        new("truncated token", "GET", "/api/articles?continuationToken=" + issuedToken[..^4], Expect.Problem, 400),
        new("pageSize type error names no type", "GET", "/api/articles?pageSize=1.5", Expect.Problem, 400),
        new("subscribe form of 10 MB", "POST", "/subscribe", Expect.Page, 413) { ContentType = "application/x-www-form-urlencoded", Body = Encoding.ASCII.GetBytes("email=" + new string('a', 10 * 1024 * 1024)) },
        new("subscribe form of 10 MB, chunked", "POST", "/subscribe", Expect.Page, 413) { ContentType = "application/x-www-form-urlencoded", Body = Encoding.ASCII.GetBytes("email=" + new string('a', 10 * 1024 * 1024)), Headers = new Dictionary<string, string> { ["Transfer-Encoding"] = "chunked" } },
        new("subscribe form with 5,000 topics", "POST", "/subscribe", Expect.Page, 400) { ContentType = "application/x-www-form-urlencoded", Body = Encoding.ASCII.GetBytes("email=reader%40example.test&" + string.Join('&', Enumerable.Repeat("topics=a", 5000))) },
        new("subscribe with malformed multipart", "POST", "/subscribe", Expect.Page, 400) { ContentType = "multipart/form-data; boundary=XYZ", Body = "--XYZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nbroken"u8.ToArray() },
        new("preferences with malformed multipart", "POST", "/preferences?token=x", Expect.Page, 400) { ContentType = "multipart/form-data; boundary=XYZ", Body = "--XYZ\r\nbroken"u8.ToArray() },
        new("summarize sentences as a string", "POST", "/api/summarize", Expect.Problem, 400) { ContentType = "application/json", Body = """{"text":"One. Two.","sentences":"three"}"""u8.ToArray() },
        new("summarize 14,500 short sentences", "POST", "/api/summarize", Expect.Problem, 413) { ContentType = "application/json", Body = JsonSerializer.SerializeToUtf8Bytes(new { text = string.Concat(Enumerable.Repeat("It rained again today. ", 10_000)) }) },
        new("summarize 3,000 tiny sentences", "POST", "/api/summarize", Expect.Problem, 400) { ContentType = "application/json", Body = JsonSerializer.SerializeToUtf8Bytes(new { text = string.Concat(Enumerable.Repeat("Go on. ", 3000)) }) },
        new("admin opml without key, wrong content type", "POST", "/api/admin/opml", Expect.Problem, 401) { WithoutAdminKey = true, ContentType = "text/plain", Body = "x"u8.ToArray() },
        new("admin feed with credentials", "POST", "/api/admin/feeds", Expect.Problem, 400) { ContentType = "application/json", Body = """{"url":"http://user:s3cretpw@feeds.example/feed"}"""u8.ToArray() },
        new("admin feed with a user name only", "POST", "/api/admin/feeds", Expect.Problem, 400) { ContentType = "application/json", Body = """{"url":"http://user@feeds.example/feed"}"""u8.ToArray() },
        new("opml with credentials is skipped", "POST", "/api/admin/opml", Expect.Success, 200) { ContentType = "text/x-opml", Body = """<opml version="2.0"><body><outline text="x" xmlUrl="https://user:s3cretpw@feeds.example/opml.xml"/></body></opml>"""u8.ToArray() },
        new("feeds list shows no credentials or addresses", "GET", "/api/feeds", Expect.Success, 200),
        new("feeds page shows no credentials or addresses", "GET", "/feeds", Expect.Success, 200),
        new("URL of 100 KB", "GET", "/api/articles?tag=" + new string('a', 100_000), Expect.Problem, 414),
        new("header of 40 KB", "GET", "/api/articles", Expect.Problem, 431) { Headers = new Dictionary<string, string> { ["X-Big"] = new string('a', 40_000) } },
    ];
}
