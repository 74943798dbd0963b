using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace SdgMap.Benchmarks;

/// <summary>
/// A short job for corpus-sized benchmarks: one process, a few warm-ups and ten measured
/// iterations, because one operation over 1,741 plans takes up to seconds and the default job
/// would run for hours. Medians over ten iterations are what RESULTS.md reports.
/// </summary>
internal sealed class NationalScaleConfig : ManualConfig
{
    public NationalScaleConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10).WithId("national"));
        AddColumn(StatisticColumn.Median);
    }
}
