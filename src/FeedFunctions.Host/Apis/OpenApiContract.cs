using System.Globalization;
using System.Text.Json.Nodes;
using FeedFunctions.Api;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FeedFunctions.Host.Apis;

/// <summary>Completes the generated OpenAPI document from <see cref="ApiOperations"/>: query parameters with their rules, every status, problem bodies, and the admin key.</summary>
internal static class OpenApiContract
{
    public const string AdminKeyScheme = "adminKey";
    public const string FunctionKeyScheme = "functionKey";
    public const string KeyQueryScheme = "keyInQuery";
    private const string ProblemSchema = "ApiProblem";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var path = "/" + context.Description.RelativePath?.TrimEnd('/');
            if (ApiOperations.Find(context.Description.HttpMethod ?? "", path) is not { } contract) return;
            var document = context.Document!;
            if (!(document.Components?.Schemas?.ContainsKey(ProblemSchema) ?? false))
            {
                document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ApiProblem), null, cancellationToken));
            }
            Apply(contract, operation, document);
        });
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "FeedFunctions API",
            Version = "v1",
            Description = "Summaries, tags and topics of the articles FeedFunctions has read, on-demand summaries, summarized feeds, "
                + "digest subscriptions and the operator's admin routes. Errors are RFC 9457 problems whose type URIs are served as pages under /problems/. "
                + "Read routes answer with an ETag and Cache-Control: public, max-age=60, and 304 to a matching If-None-Match.",
        };
        // The groups in the order of ApiOperations, in place of the endpoints' own tags.
        document.Tags = new HashSet<OpenApiTag>(ApiOperations.All.Select(o => o.Tag).Distinct().Select(tag => new OpenApiTag { Name = tag }));
        // The same document is served by every host, so its one server is relative (OpenAPI 3.1 section 4.8.5): the host it was read from.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host that served this document." }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [AdminKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "x-admin-key",
                Description = "The self-host's Admin:Key (at least 12 characters). Without one configured, admin routes answer 403.",
            },
            [FunctionKeyScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "x-functions-key",
                Description = "On Azure: a function or host key of the Functions app; the Functions host checks it.",
            },
            [KeyQueryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Query,
                Name = "code",
                Description = "Either key as the code query parameter, for clients that cannot send headers.",
            },
        };
    }

    private static void Apply(ApiOperation contract, OpenApiOperation operation, OpenApiDocument document)
    {
        operation.OperationId = contract.Name;
        operation.Summary = contract.Summary;
        operation.Tags = new HashSet<OpenApiTagReference> { new(contract.Tag, document) };
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter path && path.In == ParameterLocation.Path && contract.PathParameters.TryGetValue(path.Name ?? "", out var description))
            {
                path.Description = description;
            }
        }
        if (contract.Query.Count > 0)
        {
            operation.Parameters ??= [];
            foreach (var query in contract.Query) operation.Parameters.Add(Parameter(query));
        }

        var responses = operation.Responses ??= [];
        foreach (var code in responses.Keys.Where(k => !contract.Statuses.Contains(int.Parse(k, CultureInfo.InvariantCulture))).ToList()) responses.Remove(code);
        foreach (var status in contract.Statuses)
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            if (responses.ContainsKey(key)) continue;
            responses[key] = Response(status, contract, document);
        }

        if (contract.IsAdmin)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(AdminKeyScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(FunctionKeyScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyQueryScheme, document)] = [] },
            ];
        }
    }

    private static OpenApiParameter Parameter(ApiQueryParameter query)
    {
        var schema = new OpenApiSchema
        {
            Type = query.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String,
            Format = query.Format,
            Pattern = query.Pattern,
            MaxLength = query.MaxLength,
            Minimum = query.Minimum?.ToString(CultureInfo.InvariantCulture),
            Maximum = query.Maximum?.ToString(CultureInfo.InvariantCulture),
        };
        if (query.Default is { } value) schema.Default = query.Type == "integer" ? JsonValue.Create(int.Parse(value, CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        if (query.Values is { } values) schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        return new OpenApiParameter { Name = query.Name, In = ParameterLocation.Query, Required = false, Description = query.Description, Schema = schema };
    }

    private static OpenApiResponse Response(int status, ApiOperation contract, OpenApiDocument document)
    {
        if (contract.HtmlStatuses.Contains(status))
        {
            return new OpenApiResponse
            {
                Description = status < 400 ? "An HTML page." : "An HTML page that says the link is not valid.",
                Content = new Dictionary<string, OpenApiMediaType> { ["text/html"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } },
            };
        }
        if (status >= 400)
        {
            return new OpenApiResponse
            {
                Description = string.Join(" ", ProblemTypes.All.Where(t => t.Status == status).Select(t => $"{t.Uri}: {t.Title}")) is { Length: > 0 } types
                    ? "A problem: " + types
                    : "A problem.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
            };
        }
        return new OpenApiResponse
        {
            Description = status switch
            {
                200 => "OK.",
                201 => "Created.",
                202 => "Accepted: the request will be acted on; nothing more is said.",
                204 => "No content.",
                304 => "Not modified: the If-None-Match ETag still matches, so there is no body.",
                _ => "Answered.",
            },
        };
    }
}
