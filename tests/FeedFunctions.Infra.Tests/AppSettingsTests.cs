using FeedFunctions.Storage;

namespace FeedFunctions.Infra.Tests;

/// <summary>The app settings infra/main.bicep writes are the settings the code reads, and secrets stay in Key Vault.</summary>
public sealed class AppSettingsTests(MainTemplateFixture main)
{
    // Read by the Functions host, Application Insights or Azure.Identity, not by our options classes.
    private static readonly string[] PlatformSettings =
    [
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        "AZURE_CLIENT_ID",
    ];

    private const string PlatformPrefix = "AzureWebJobsStorage__";

    private IReadOnlyDictionary<string, string> Settings =>
        AppSettingsReader.Read(main.Template ?? throw new InvalidOperationException("settings: main.bicep did not build:\n" + main.Build.Transcript));

    [Fact]
    public void AppSettings_EveryAppSetting_MapsToACoreOptionsProperty()
    {
        var catalog = OptionsCatalog.FromAssembly(typeof(StorageOptions).Assembly);

        var problems = Settings.Keys
            .Where(name => !PlatformSettings.Contains(name) && !name.StartsWith(PlatformPrefix, StringComparison.Ordinal))
            .Select(catalog.Explain)
            .OfType<string>()
            .ToList();

        Assert.True(
            problems.Count == 0,
            $"{problems.Count} app settings have no options property to read them (sections found: {string.Join(", ", catalog.Sections)}):\n"
            + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Storage__AccountName")]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("Digest__SigningKey")]
    public void AppSettings_RequiredSetting_IsSet(string name)
    {
        Assert.Contains(name, Settings.Keys);
    }

    [Theory]
    [InlineData("Smtp__Password")]
    [InlineData("Digest__SigningKey")]
    public void AppSettings_Secret_IsAKeyVaultReference(string name)
    {
        Assert.True(Settings.TryGetValue(name, out var value), $"{name} is not set");
        Assert.StartsWith("format('@Microsoft.KeyVault(SecretUri={0})'", value);
    }

    [Theory]
    [InlineData("Admin__Key")]
    [InlineData("Storage__ConnectionString")]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    public void AppSettings_KeyOrUnsupportedSetting_IsNotSet(string name)
    {
        // Function keys protect admin routes on Azure; storage goes through identity; Flex rejects the last two.
        Assert.DoesNotContain(name, Settings.Keys);
    }

    [Fact]
    public void Template_AnyResource_ReadsNoAccessKeys()
    {
        var json = main.Template?.ToJsonString() ?? throw new InvalidOperationException(main.Build.Transcript);

        Assert.DoesNotContain("listKeys(", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"allowSharedKeyAccess\": true", json);
    }
}
