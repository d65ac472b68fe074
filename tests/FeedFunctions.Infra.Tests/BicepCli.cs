using System.Diagnostics;
using System.Reflection;

namespace FeedFunctions.Infra.Tests;

/// <summary>Runs the Bicep CLI that restore downloaded (PackageDownload Azure.Bicep.CommandLine.linux-x64).</summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string Path { get; } = Locate();

    public static async Task<BicepResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        using var process = Process.Start(info) ?? throw new InvalidOperationException("bicep: could not start " + Path);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("bicep: the tests restore the linux-x64 Bicep CLI only.");
        }
        var root = Metadata("NuGetPackageRoot");
        var version = Metadata("BicepCliVersion");
        var packageDir = System.IO.Path.Combine(root, PackageId, version);
        if (!Directory.Exists(packageDir))
        {
            throw new InvalidOperationException($"bicep: {packageDir} is missing; run `dotnet restore tests/FeedFunctions.Infra.Tests`.");
        }

        // The binary sits in tools/ today; search the package so a layout change does not break the tests.
        var binary = Directory.EnumerateFiles(packageDir, "bicep", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new InvalidOperationException($"bicep: no 'bicep' executable under {packageDir}.");

        // Some NuGet extractions drop the execute bit.
        var mode = File.GetUnixFileMode(binary);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(binary, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
        return binary;
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"bicep: assembly metadata {key} is missing; see FeedFunctions.Infra.Tests.csproj.");
}
