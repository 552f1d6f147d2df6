using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsClean.Engine.Benchmarks;

/// <summary>MB/s or docs/s of one operation's work (<see cref="EngineBenchmarks.Work"/>) at the mean time per operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly bool _documents;

    private ThroughputColumn(bool documents)
    {
        _documents = documents;
    }

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(false);

    public static IColumn DocumentsPerSecond { get; } = new ThroughputColumn(true);

    public string Id => _documents ? "DocsPerSecond" : "MBPerSecond";

    public string ColumnName => _documents ? "docs/s" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _documents ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _documents ? "Documents per second (one thread)" : "Megabytes (10^6 bytes) of input per second (one thread)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "-";
        }

        var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var work = EngineBenchmarks.Work(name);
        var seconds = statistics.Mean / 1e9;
        var value = _documents ? work.Documents / seconds : work.Bytes / 1e6 / seconds;
        return value.ToString(_documents ? "N0" : "N2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
