using System.ComponentModel;
using FeedFunctions.Api;
using FeedFunctions.Host.SelfHost;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Writes the OpenAPI document of the self-host's routes: what both hosts serve at /openapi/v1.json once it is in Core.</summary>
public sealed class OpenApiCommand : AsyncCommand<OpenApiCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--output <FILE>")]
        [Description("Where to write. Default: standard output. The served copy is " + ApiReference.DocumentSourcePath + ".")]
        public string? Output { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var json = await GenerateAsync(cancellationToken);
        if (settings.Output is null) await Console.Out.WriteAsync(json);
        else await File.WriteAllTextAsync(settings.Output, json, cancellationToken);
        return 0;
    }

    /// <summary>The document as the generator makes it from the self-host's routes, without starting the host (no settings needed).</summary>
    public static async Task<string> GenerateAsync(CancellationToken cancellationToken)
    {
        await using var app = FeedFunctionsHost.CreateWebBuilder("http://127.0.0.1:0").Build().MapRoutes();
        // Starting would copy the routes into the routing options; UseEndpoints does that much without a server or workers.
        app.UseRouting();
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync(cancellationToken);
        using var text = new StringWriter { NewLine = "\n" };
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString().TrimEnd() + "\n";
    }
}
