using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Parsing;

/// <summary>Registers feed parsing with dependency injection.</summary>
public static class ParsingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IFeedParser"/> as a singleton <see cref="FeedParser"/> (it is stateless and thread-safe).</summary>
    public static IServiceCollection AddFeedParsing(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IFeedParser, FeedParser>();
        return services;
    }
}
