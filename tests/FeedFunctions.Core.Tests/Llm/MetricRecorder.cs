using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace FeedFunctions.Core.Tests.Llm;

/// <summary>Records the long counters of the meters one <see cref="IMeterFactory"/> created, so parallel tests do not see each other's.</summary>
internal sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

    public MetricRecorder(IMeterFactory meterFactory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
    }

    public long Sum(string instrument) => measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    public long Sum(string instrument, string tag, string value) =>
        measurements.Where(m => m.Instrument == instrument && m.Tags.Any(t => t.Key == tag && Equals(t.Value, value))).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();
}
