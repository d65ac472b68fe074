using FeedFunctions.Email;
using FeedFunctions.Storage.Digest;
using FeedFunctions.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedFunctions.Digest;

/// <summary>Registers digests, subscriptions and the SMTP sender; call AddFeedStorage() as well.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddDigests(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmailSender, MailKitEmailSender>();
        services.TryAddSingleton<EmailMessageFactory>();
        services.TryAddSingleton<ConfirmationEmailComposer>();
        services.TryAddSingleton<DigestEmailComposer>();
        services.TryAddSingleton<SubscriptionTokens>();
        services.TryAddSingleton<SubscriptionLinks>();
        services.TryAddSingleton<SubscribeRateLimiter>();
        services.TryAddSingleton<DigestLog>();
        services.TryAddSingleton<DigestArchive>();
        services.TryAddSingleton<SubscriptionNames>();
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestScheduler>();
        services.AddFeedFunctionsTelemetry();
        services.TryAddSingleton<DigestDispatcher>();
        return services;
    }
}
