using FeedFunctions.TestSupport;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
