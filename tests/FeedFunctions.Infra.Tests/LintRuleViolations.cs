namespace FeedFunctions.Infra.Tests;

/// <summary>Lints one file that breaks each guarded rule once, beside a copy of infra/bicepconfig.json.</summary>
public sealed class LintRuleViolations : IAsyncLifetime
{
    /// <summary>Rule id and a few lines of Bicep that break it; names are unique so the snippets share one file.</summary>
    public static IReadOnlyDictionary<string, string> Snippets { get; } = new Dictionary<string, string>
    {
        ["secure-secrets-in-params"] = "param adminPassword string\noutput length int = length(adminPassword)\n",
        ["outputs-should-not-contain-secrets"] = "@secure()\nparam token string\noutput leaked string = token\n",
        ["no-hardcoded-env-urls"] = "output login string = 'https://login.microsoftonline.com/common'\n",
        ["secure-parameter-default"] = "@secure()\nparam key string = 'not-a-secret-default'\noutput size int = length(key)\n",
        ["use-secure-value-for-secure-inputs"] =
            "param location string = resourceGroup().location\nparam pass string\n"
            + "resource vm 'Microsoft.Compute/virtualMachines@2023-03-01' = {\n  name: 'vm'\n  location: location\n"
            + "  properties: {\n    osProfile: {\n      adminPassword: pass\n    }\n  }\n}\n",
        ["use-resource-symbol-reference"] =
            "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {\n  name: 'stexample'\n}\n"
            + "output blob string = reference(st.id, '2023-05-01').primaryEndpoints.blob\n",
    };

    internal BicepResult Lint { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        var dir = Directory.CreateTempSubdirectory("feedfunctions-lint-");
        try
        {
            var config = Path.Combine(Path.GetDirectoryName(MainTemplateFixture.MainBicep)!, "bicepconfig.json");
            File.Copy(config, Path.Combine(dir.FullName, "bicepconfig.json"));
            var file = Path.Combine(dir.FullName, "main.bicep");
            await File.WriteAllTextAsync(file, string.Concat(Snippets.Values), TestContext.Current.CancellationToken);
            Lint = await BicepCli.RunAsync(["lint", file], TestContext.Current.CancellationToken);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
