using Azure.Core;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>An Entra ID credential that hands out a fixed token and remembers the scopes asked for.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-entra-token";

    public IReadOnlyList<string> Scopes { get; private set; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes = requestContext.Scopes;
        return new AccessToken(Token, DateTimeOffset.MaxValue);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
