using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FeedFunctions.Pipeline.Tests.Faults;

/// <summary>A real process the fault suite can kill (SIGKILL, with its children), pause and resume, whose every output line it sees.</summary>
internal sealed class FaultProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> tail = new();

    private FaultProcess(Process process) => this.process = process;

    public int Id => process.Id;
    public bool HasExited => process.HasExited;

    /// <summary>The last lines printed, for failure messages.</summary>
    public string OutputTail => string.Join('\n', tail);

    public static FaultProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, Action<string>? onLine = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        var process = Process.Start(info) ?? throw new InvalidOperationException("faults: could not start " + fileName);
        var child = new FaultProcess(process);
        void Line(string? line)
        {
            if (line is null) return;
            onLine?.Invoke(line);
            child.tail.Enqueue(line);
            while (child.tail.Count > 40) child.tail.TryDequeue(out _);
        }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The most memory the process has held (VmHWM), in MB.</summary>
    public long PeakMegabytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>SIGSTOP: the process keeps its state but does nothing until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    public Task ResumeAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>SIGKILL, children too, and waits until it is gone: no chance to flush or finish anything.</summary>
    public async Task KillAsync()
    {
        try
        {
            if (process.HasExited) return;
            process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }
}
