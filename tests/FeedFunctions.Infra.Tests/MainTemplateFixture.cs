using System.Text.Json.Nodes;
using FeedFunctions.TestSupport;

namespace FeedFunctions.Infra.Tests;

/// <summary>Compiles infra/main.bicep once for the assembly and keeps the CLI's output and the ARM JSON.</summary>
public sealed class MainTemplateFixture : IAsyncLifetime
{
    public static string MainBicep => Path.Combine(RepoPaths.Root, "infra", "main.bicep");

    internal BicepResult Build { get; private set; } = new(-1, "", "");

    /// <summary>The ARM template, or null when the build failed (the build test then says why).</summary>
    public JsonObject? Template { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Build = await BicepCli.RunAsync(["build", MainBicep, "--stdout"], TestContext.Current.CancellationToken);
        Template = Build.ExitCode == 0 ? JsonNode.Parse(Build.StandardOutput) as JsonObject : null;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
