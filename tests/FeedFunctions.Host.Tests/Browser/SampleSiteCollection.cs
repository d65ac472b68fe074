namespace FeedFunctions.Host.Tests.Browser;

/// <summary>The test classes that share one sample site (a self-host that fetched and summarized the bundled samples), started once.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "sample site";
}
