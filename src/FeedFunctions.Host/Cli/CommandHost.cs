using System.Reflection;
using FeedFunctions.Host.SelfHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedFunctions.Host.Cli;

/// <summary>The host of a one-shot command: the whole core, but only the settings the command uses are checked.</summary>
internal static class CommandHost
{
    /// <summary>Builds and starts the host; <paramref name="settings"/> are the options classes the command reads (StorageOptions, ...).</summary>
    /// <exception cref="CommandSettingsException">A setting the command needs is missing or wrong.</exception>
    public static async Task<IHost> StartAsync(StorageCommandSettings options, IReadOnlyList<Type> settings, CancellationToken cancellationToken)
    {
        var overrides = options.Storage is null ? null : new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = options.Storage,
            // The option replaces the account, whichever way the configuration named it.
            ["Storage:AccountName"] = "",
        };
        var builder = FeedFunctionsHost.CreateCommandBuilder(overrides);
        // Starting would validate every options class of the core (SMTP, digests, ...); the command checks its own below.
        builder.Services.RemoveAll<IStartupValidator>();
        var host = builder.Build();
        try
        {
            foreach (var type in settings) Validate(host.Services, type);
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Starts a host built by the caller, checking every options class of the core except <paramref name="optional"/> (which the command checks itself, when it needs them).</summary>
    /// <exception cref="CommandSettingsException">A setting the command needs is missing or wrong.</exception>
    public static async Task<IHost> StartAsync(HostApplicationBuilder builder, IReadOnlyList<Type> optional, CancellationToken cancellationToken)
    {
        var checkedTypes = builder.Services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()
            .Except(optional)
            .ToList();
        builder.Services.RemoveAll<IStartupValidator>();
        var host = builder.Build();
        try
        {
            foreach (var type in checkedTypes) Validate(host.Services, type);
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The failures of an options class, or none when its settings are valid.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services, Type options)
    {
        try
        {
            Validate(services, options);
            return [];
        }
        catch (CommandSettingsException e)
        {
            return e.Failures;
        }
    }

    private static void Validate(IServiceProvider services, Type options)
    {
        var accessor = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(options));
        try
        {
            _ = accessor.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(accessor);
        }
        catch (TargetInvocationException e) when (e.InnerException is OptionsValidationException invalid)
        {
            throw new CommandSettingsException(invalid.Failures);
        }
    }
}

/// <summary>Settings a command needs are missing or wrong; each failure names the setting.</summary>
public sealed class CommandSettingsException(IEnumerable<string> failures) : Exception(string.Join(" ", failures))
{
    public IReadOnlyList<string> Failures { get; } = [.. failures];
}
