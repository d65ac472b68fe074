using FeedFunctions.Storage;

namespace FeedFunctions.Infra.Tests;

public sealed class OptionsCatalogTests
{
    private static readonly OptionsCatalog Core = OptionsCatalog.FromAssembly(typeof(StorageOptions).Assembly);

    [Theory]
    [InlineData("Storage__AccountName")]
    [InlineData("Storage__ConnectionString")]
    [InlineData("storage__prefix")]
    public void Explain_SettableOptionsProperty_IsNull(string setting)
    {
        Assert.Null(Core.Explain(setting));
    }

    public static TheoryData<string, string> Unmapped => new()
    {
        { "Storage__NoSuchProperty", "StorageOptions has no public settable property NoSuchProperty" },
        { "NoSuchSection__Host", "no public options class with Section = \"NoSuchSection\"" },
        { "StorageAccountName", "not of the form Section__Property" },
        { "Storage__", "not of the form Section__Property" },
    };

    [Theory]
    [MemberData(nameof(Unmapped))]
    public void Explain_UnmappedSetting_SaysWhy(string setting, string reason)
    {
        Assert.Equal($"{setting}: {reason}", Core.Explain(setting));
    }
}
