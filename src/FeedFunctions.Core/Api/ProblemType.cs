namespace FeedFunctions.Api;

/// <summary>One kind of problem the API answers with: the type URI in its bodies, its status, its title, and what the page at the URI says.</summary>
public sealed record ProblemType(string Slug, int Status, string Title, string Description)
{
    /// <summary>A relative URI (RFC 9457 section 3.1.1) that both hosts serve as a short page.</summary>
    public string Uri => "/problems/" + Slug;
}
