using System.Text.Json;
using FeedFunctions.Api;
using FeedFunctions.Host.Apis;
using FeedFunctions.Host.Cli;
using FeedFunctions.Tests.Support;
using FeedFunctions.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FeedFunctions.Functions.Tests.Triggers.Http;

/// <summary>The OpenAPI document both hosts serve is current, complete (parameters, statuses, problems, admin key) and names exactly the mapped routes.</summary>
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Paths => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ApiReference.DocumentSourcePath))).RootElement.GetProperty("paths");

    [Fact]
    public async Task ServedDocument_IsWhatTheGeneratorMakesOfTheRoutesNow()
    {
        var generated = await OpenApiCommand.GenerateAsync(Ct);
        var served = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, ApiReference.DocumentSourcePath), Ct);

        Assert.True(generated == served,
            $"{ApiReference.DocumentSourcePath} is out of date; run: dotnet run --project src/FeedFunctions.Host -- openapi --output {ApiReference.DocumentSourcePath}");
    }

    [Fact]
    public void Document_HasExactlyTheContractsOperations()
    {
        var documented = Paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(ApiOperations.All.Select(o => o.Key).Order(StringComparer.Ordinal), documented);
    }

    public static TheoryData<string> Operations => [.. ApiOperations.All.Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(Operations))]
    public void Document_EachOperation_HasEveryStatusParameterAndTheAdminKey(string name)
    {
        var contract = ApiOperations.All.Single(o => o.Name == name);
        var operation = Paths.GetProperty(contract.Path).GetProperty(contract.Method.ToLowerInvariant());

        Assert.Equal(contract.Name, operation.GetProperty("operationId").GetString());
        var responses = operation.GetProperty("responses");
        Assert.Equal(contract.Statuses.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        foreach (var status in contract.Statuses.Where(s => s >= 400 && !contract.HtmlStatuses.Contains(s)))
        {
            var schema = responses.GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
            Assert.Equal("#/components/schemas/ApiProblem", schema.GetProperty("$ref").GetString());
        }

        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
        var query = parameters.Where(p => p.GetProperty("in").GetString() == "query").ToList();
        foreach (var expected in contract.Query)
        {
            var parameter = Assert.Single(query, p => p.GetProperty("name").GetString() == expected.Name);
            Assert.Equal(expected.Description, parameter.GetProperty("description").GetString());
            Assert.Equal(expected.Type, parameter.GetProperty("schema").GetProperty("type").GetString());
        }
        if (contract.RefusesUnknownQuery) Assert.Equal(contract.Query.Select(p => p.Name), query.Select(p => p.GetProperty("name").GetString()));
        foreach (var path in parameters.Where(p => p.GetProperty("in").GetString() == "path"))
        {
            Assert.Equal(contract.PathParameters[path.GetProperty("name").GetString()!], path.GetProperty("description").GetString());
        }

        if (contract.IsAdmin)
        {
            var schemes = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name));
            Assert.Equal(["adminKey", "functionKey", "keyInQuery"], schemes);
        }
        else
        {
            Assert.False(operation.TryGetProperty("security", out _));
        }
    }

    [Fact]
    public void Document_AdminSecuritySchemes_NameTheRealHeaders()
    {
        var schemes = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ApiReference.DocumentSourcePath))).RootElement
            .GetProperty("components").GetProperty("securitySchemes");

        Assert.Equal("x-admin-key", schemes.GetProperty("adminKey").GetProperty("name").GetString());
        Assert.Equal("header", schemes.GetProperty("adminKey").GetProperty("in").GetString());
        Assert.Equal("x-functions-key", schemes.GetProperty("functionKey").GetProperty("name").GetString());
        Assert.Equal("code", schemes.GetProperty("keyInQuery").GetProperty("name").GetString());
        Assert.Equal("query", schemes.GetProperty("keyInQuery").GetProperty("in").GetString());
    }

    [Fact]
    public async Task SelfHostEndpoints_DescribedOnes_AreExactlyTheContract()
    {
        await using var host = await TestWebHost.StartAsync(azurite, Ct, configure: app => app.MapSubscriptionsApi());
        var described = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(ApiOperations.All.Select(o => o.Key).Order(StringComparer.Ordinal), described);
    }
}
