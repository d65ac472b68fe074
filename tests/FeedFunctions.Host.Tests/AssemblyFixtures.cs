using FeedFunctions.TestSupport;

// One Azurite for the whole assembly; each host a test starts uses its own table and queue prefix.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
