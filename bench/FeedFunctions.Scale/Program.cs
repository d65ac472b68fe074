using System.Globalization;
using FeedFunctions.Scale;
using FeedFunctions.TestSupport;

// scripts/scale.sh [--feeds N] [--items K] [--hosts H] [--storage CONNECTION-STRING]: see docs/scale.md.
var options = new ScaleRunOptions
{
    CliDll = Path.Combine(RepoPaths.Root, "src", "FeedFunctions.Host", "bin", "Release", "net10.0", "feedfunctions.dll"),
    WorkFolder = Path.Combine(RepoPaths.Root, ".run", "scale"),
};
for (var i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"scale: {args[i]} needs a value");
    int Number(int min, int max) => int.TryParse(Value(), CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
        ? n : throw new ArgumentException($"scale: {args[i - 1]} takes {min} to {max}");
    try
    {
        options = args[i] switch
        {
            "--feeds" => options with { Feeds = Number(1, 100_000) },
            "--items" => options with { Items = Number(1, 500) },
            "--hosts" => options with { Hosts = Number(1, 250) },
            "--storage" => options with { StorageConnectionString = Value() },
            _ => throw new ArgumentException($"scale: unknown option {args[i]} (--feeds N, --items K, --hosts H, --storage CONNECTION-STRING)"),
        };
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }
}
if (!File.Exists(options.CliDll))
{
    Console.Error.WriteLine($"scale: build the command line first (dotnet build src/FeedFunctions.Host -c Release); {options.CliDll} is missing");
    return 2;
}

var report = await ScaleRun.RunAsync(options, new Progress<string>(m => Console.Error.WriteLine("==> " + m)), CancellationToken.None);
ScaleReportPrinter.Print(report, Console.Out);
return report.IsComplete ? 0 : 1;
