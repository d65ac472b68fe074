using System.ComponentModel;
using FeedFunctions.Digest;
using FeedFunctions.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Adds a confirmed subscriber: an operator's action, so no opt-in mail, and no mail settings needed.</summary>
public sealed class SubscribersAddCommand : AsyncCommand<SubscribersAddCommand.Settings>
{
    public sealed class Settings : StorageCommandSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        public string Email { get; init; } = "";

        [CommandOption("--topics <TOPICS>")]
        [Description("Comma-separated tags or categories; none means every story.")]
        public string? Topics { get; init; }

        public override ValidationResult Validate() =>
            SubscriptionValidator.EmailProblem(Email) switch
            {
                null => ValidationResult.Success(),
                SubscriptionValidator.EmailError => ValidationResult.Error($"{Email} is not an email address"),
                var problem => ValidationResult.Error($"{Email} is not accepted: {problem}"),
            };
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(settings, [typeof(StorageOptions)], cancellationToken);
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var topics = (settings.Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var subscriber = new Subscriber
        {
            Id = Subscriber.IdFor(settings.Email),
            Email = settings.Email.Trim(),
            Topics = [.. topics.Select(Feeds.TagSlug.From)],
            Status = SubscriberStatus.Active,
            CreatedAt = clock.GetUtcNow(),
        };
        await host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, cancellationToken);
        Console.Out.WriteLine($"Subscriber {subscriber.Email} is active{(topics.Length > 0 ? " for " + string.Join(", ", subscriber.Topics) : " for every story")}.");
        return ExitCodes.Ok;
    }
}
