using FeedFunctions.TestSupport;

namespace FeedFunctions.Core.Tests.Email;

/// <summary>One smtp4dev for every test that sends mail; each test writes to its own recipient addresses.</summary>
[CollectionDefinition(Name)]
public sealed class SmtpCollection : ICollectionFixture<Smtp4devFixture>
{
    public const string Name = "smtp4dev";
}
