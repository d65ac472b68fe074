using System.Net.Http;
using Azure;
using FeedFunctions.Api;
using Spectre.Console;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>Turns whatever stopped a command into a message on standard error and its exit code: 2 for bad usage, else 1; never a stack trace.</summary>
internal static class CliErrors
{
    public const string StorageHint = "Is Azurite running? ./run.sh starts it on 127.0.0.1:10000-10002; point a command at it with --storage \"UseDevelopmentStorage=true\".";

    public static int Handle(Exception exception, ITypeResolver? resolver) => Handle(exception, Console.Error);

    /// <remarks>Messages are written as plain lines, not wrapped to the terminal, so scripts can search them.</remarks>
    public static int Handle(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CommandConfigurationException:
                Write(error, exception.Message);
                return ExitCodes.Failed;
            case CommandAppException { Pretty: { } pretty }:
                // Spectre's rendering points at the offending word of the command line.
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) }).Write(pretty);
                return ExitCodes.BadUsage;
            case CommandAppException:
                Write(error, exception.Message);
                error.WriteLine("Add --help for the command's arguments and options.");
                return ExitCodes.BadUsage;
            case System.Reflection.TargetInvocationException { InnerException: { } inner }:
                return Handle(inner, error);
            case CommandSettingsException or Microsoft.Extensions.Options.OptionsValidationException:
                var failures = exception is CommandSettingsException settings ? settings.Failures : ((Microsoft.Extensions.Options.OptionsValidationException)exception).Failures;
                Write(error, "The settings this command needs are missing or wrong:");
                foreach (var failure in failures) error.WriteLine("  " + UserMessage.Clean(SettingMessage(failure)));
                error.WriteLine("Set them in appsettings.json beside the program or as environment variables (Storage__ConnectionString=...); --storage sets the storage connection string.");
                return ExitCodes.Failed;
            case OperationCanceledException:
                return 130;
            default:
                Write(error, Describe(exception));
                return ExitCodes.Failed;
        }
    }

    /// <summary>What went wrong, in words: storage faults say what to check, the rest their own message without internal prefixes.</summary>
    public static string Describe(Exception exception)
    {
        var storage = exception is AggregateException aggregate ? aggregate.InnerExceptions.OfType<RequestFailedException>().FirstOrDefault() : exception as RequestFailedException;
        if (storage is not null)
        {
            return Unreachable(storage) is { } reason
                ? $"Could not reach storage ({reason}). {StorageHint}"
                : $"Storage refused the request: {storage.Status} {storage.ErrorCode}.";
        }
        return UserMessage.Clean(exception.Message);
    }

    private static string? Unreachable(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException http) return http.Message;
        }
        return null;
    }

    private static void Write(TextWriter error, string message) => error.WriteLine("Error: " + UserMessage.Clean(message));

    // Data annotations wrap each message: "DataAnnotation validation failed for 'X' members: 'Y' with the error: 'message'."
    internal static string SettingMessage(string failure)
    {
        const string marker = " with the error: '";
        var start = failure.IndexOf(marker, StringComparison.Ordinal);
        return start < 0 ? failure : failure[(start + marker.Length)..].TrimEnd('.').TrimEnd('\'');
    }
}
