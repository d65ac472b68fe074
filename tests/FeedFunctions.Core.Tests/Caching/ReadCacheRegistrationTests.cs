using FeedFunctions.Caching;
using FeedFunctions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Core.Tests.Caching;

public sealed class ReadCacheRegistrationTests
{
    [Fact]
    public void AddFeedReadCache_CalledTwice_WrapsTheStoreOnce()
    {
        using var provider = Services().AddFeedStorage().AddFeedReadCache().AddFeedReadCache().BuildServiceProvider();

        Assert.IsType<CachingArticleStore>(provider.GetRequiredService<IArticleStore>());
        Assert.Single(provider.GetServices<IArticleStore>());
    }

    [Fact]
    public void AddFeedReadCache_BeforeStorage_FailsNamingAddFeedStorage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Services().AddFeedReadCache());
        Assert.Contains("AddFeedStorage()", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Caching:ArticleSeconds", "-1")]
    [InlineData("Caching:ListSeconds", "3601")]
    [InlineData("Caching:SizeLimitMegabytes", "0")]
    public void Options_OutOfRange_FailNamingTheSetting(string setting, string value)
    {
        using var provider = Services((setting, value)).AddFeedStorage().AddFeedReadCache().BuildServiceProvider();

        // Reading the options runs the validation ValidateOnStart runs when a host starts.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReadCacheOptions>>().Value);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(params (string Name, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" }
                .Concat(settings.Select(s => KeyValuePair.Create(s.Name, (string?)s.Value)))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        return services;
    }
}
