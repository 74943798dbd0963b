using System.Diagnostics;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// The timing rule every peer follows: untimed warm-up runs, then <c>runs</c> timed runs, each
/// after a full collection, reporting the median. .NET warms up for at least two runs and one
/// second, because tiered compilation promotes hot methods only after a delay; one warm-up run
/// left the first query measured at tier 0.
/// </summary>
public static class Warm
{
    /// <summary>The median wall time of <paramref name="runs"/> runs of <paramref name="action"/>, in milliseconds.</summary>
    public static double Median(int runs, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var warming = Stopwatch.StartNew();
        for (var w = 0; w < 10 && (w < 2 || warming.Elapsed.TotalSeconds < 1); w++)
        {
            action();
        }

        var times = new double[runs];
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            action();
            times[r] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[(runs / 2) - 1] + times[runs / 2]) / 2;
    }
}
