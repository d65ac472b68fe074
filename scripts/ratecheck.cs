// Sends GET requests to one URL at a fixed rate and prints the latency distribution, wrk2-style: the schedule is
// open-loop (a slow answer does not delay the next request) and each latency is counted from the moment its
// request was due, so a server that falls behind shows it in the figures instead of hiding it (coordinated
// omission). Debian's wrk has no -R; this is that one missing option. A measurement, not a test.
//
//   dotnet run scripts/ratecheck.cs -- URL RATE SECONDS [CONNECTIONS]
//   e.g. dotnet run scripts/ratecheck.cs -- http://127.0.0.1:5080/api/articles 500 20
//
// Prints one Markdown row: URL, requests/s asked and reached, p50, p90, p99, p99.9, max, non-200 and failed
// requests. Bounded: RATE x SECONDS requests after a 2-second warm-up that is not counted, each with a 10 s timeout.
using System.Diagnostics;
using System.Globalization;
using System.Net;

if (args.Length < 3
    || !Uri.TryCreate(args[0], UriKind.Absolute, out var url)
    || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var rate) || rate is < 1 or > 50_000
    || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 600)
{
    Console.Error.WriteLine("usage: dotnet run scripts/ratecheck.cs -- URL RATE(1-50000) SECONDS(1-600) [CONNECTIONS]");
    return 2;
}
var connections = args.Length > 3 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 64;

using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = connections,
    UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
})
{ Timeout = TimeSpan.FromSeconds(10) };

const int WarmupSeconds = 2;
await RunAsync(rate * WarmupSeconds, record: null);
var latencies = new double[rate * seconds];
var statuses = new int[latencies.Length];
var clock = Stopwatch.StartNew();
await RunAsync(latencies.Length, record: (i, ms, status) => { latencies[i] = ms; statuses[i] = status; });
var elapsed = clock.Elapsed.TotalSeconds;

var nonOk = statuses.Count(s => s is > 0 and not 200);
var failed = statuses.Count(s => s == 0);
Array.Sort(latencies);
string At(double q) => Ms(latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)]);
static string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture) + "ms";
Console.WriteLine("| url | asked/s | reached/s | p50 | p90 | p99 | p99.9 | max | non-200 | failed |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {url.PathAndQuery} | {rate} | {latencies.Length / elapsed:0} | {At(0.50)} | {At(0.90)} | {At(0.99)} | {At(0.999)} | {Ms(latencies[^1])} | {nonOk} | {failed} |"));
return 0;

// Starts request i when it is due (start + i / rate), sleeping a millisecond at a time rather than spinning, so the
// client takes little of the CPU the server under test needs; the price is up to ~1 ms of the client's own timer
// lateness in each latency, which only makes the figures worse.
async Task RunAsync(int count, Action<int, double, int>? record)
{
    var pending = new List<Task>(count);
    var start = Stopwatch.GetTimestamp();
    var interval = (double)Stopwatch.Frequency / rate;
    for (var i = 0; i < count; i++)
    {
        var due = start + (long)(i * interval);
        while (Stopwatch.GetTimestamp() < due) Thread.Sleep(1);
        pending.Add(SendAsync(i, due, record));
    }
    await Task.WhenAll(pending);
}

async Task SendAsync(int index, long due, Action<int, double, int>? record)
{
    await Task.Yield(); // the schedule loop goes on at once
    int status;
    try
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        status = (int)response.StatusCode;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        status = 0;
    }
    record?.Invoke(index, Stopwatch.GetElapsedTime(due).TotalMilliseconds, status);
}
