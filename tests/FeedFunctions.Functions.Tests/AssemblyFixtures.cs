using FeedFunctions.TestSupport;

// One Azurite for the whole assembly; each test uses its own table and queue prefix.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
