using FeedFunctions.Fetching;
using FeedFunctions.Scheduling;
using FeedFunctions.TestSupport.FeedFarm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Core.Tests.Fetching;

public sealed class FetchingRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ServiceProvider FromSettings(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        before?.Invoke(services);
        services.AddFeedFetching();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddFeedFetching_Settings_BindBothSections()
    {
        using var services = FromSettings(new()
        {
            ["Fetching:UserAgent"] = "Test/2.0",
            ["Fetching:MaxPerHost"] = "1",
            ["Scheduling:MinInterval"] = "00:30:00",
        });

        Assert.Equal("Test/2.0", services.GetRequiredService<IOptions<FetchingOptions>>().Value.UserAgent);
        Assert.Equal(1, services.GetRequiredService<IOptions<FetchingOptions>>().Value.MaxPerHost);
        Assert.Equal(TimeSpan.FromMinutes(30), services.GetRequiredService<IOptions<SchedulingOptions>>().Value.MinInterval);
        Assert.NotNull(services.GetRequiredService<NextFetchPlanner>());
    }

    [Theory]
    [InlineData("Fetching:MaxRedirects", "100")]
    [InlineData("Fetching:Timeout", "00:00:00")]
    [InlineData("Fetching:MaxBodyBytes", "0")]
    [InlineData("Fetching:UserAgent", "")]
    [InlineData("Scheduling:BackoffBase", "00:00:01")]
    public void AddFeedFetching_SettingOutOfRange_FailsValidationNamingIt(string key, string value)
    {
        using var services = FromSettings(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<FetchingOptions>>().Value;
            _ = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        });
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFeedFetching_HostAddsStandardResilienceToAllClients_FetcherStillSendsOneRequest()
    {
        await using var farm = await FeedFarmServer.StartAsync(Ct);
        using var services = FromSettings(
            new() { ["Fetching:AllowPrivateNetworks"] = "true" },
            s => s.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()));

        var result = await services.GetRequiredService<IFeedFetcher>().FetchAsync(new FetchRequest(farm.Url("/500")), Ct);

        Assert.Equal("http-500", Assert.IsType<FetchResult.Failed>(result).Code);
        Assert.Equal(1, farm.Requests("/500"));
    }
}
