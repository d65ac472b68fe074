using FeedFunctions.TestSupport;

// One Azurite for the whole assembly; each test uses its own tables or partitions.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
