using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FeedFunctions.Benchmarks;

/// <summary>A column of units processed per second: the units one operation handles divided by the mean time of an operation.</summary>
internal sealed class ThroughputColumn(string name, double unitsPerOperation) : IColumn
{
    public string Id => nameof(ThroughputColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{name} over the whole corpus: {unitsPerOperation.ToString("0.###", CultureInfo.InvariantCulture)} per operation / Mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null) return "-";
        // Mean is in nanoseconds; the range uses the mean plus or minus the 99.9% confidence half-interval.
        var perSecond = unitsPerOperation / (statistics.Mean / 1e9);
        var margin = statistics.ConfidenceInterval.Margin;
        var slow = unitsPerOperation / ((statistics.Mean + margin) / 1e9);
        var fast = statistics.Mean > margin ? unitsPerOperation / ((statistics.Mean - margin) / 1e9) : double.PositiveInfinity;
        return string.Create(CultureInfo.InvariantCulture, $"{perSecond:0.0} ({slow:0.0}-{fast:0.0})");
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
