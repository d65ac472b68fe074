using System.ComponentModel;
using Spectre.Console.Cli;

namespace FeedFunctions.Host.Cli;

/// <summary>The option every command that reads or writes storage shares: which storage account to use.</summary>
public class StorageCommandSettings : CommandSettings
{
    [CommandOption("--storage <CONNECTION-STRING>")]
    [Description("The storage connection string, in place of the Storage:ConnectionString setting. \"UseDevelopmentStorage=true\" is Azurite on its usual ports, as ./run.sh starts it.")]
    public string? Storage { get; init; }
}
