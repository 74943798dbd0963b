using System.Diagnostics;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// The timing rule every .NET peer follows: a rehearsal (each step run once, untimed, in order),
/// then per step untimed warm-up runs and <c>runs</c> timed runs, each after a full collection,
/// reporting the median.
/// </summary>
/// <remarks>
/// Why a rehearsal and a warm-up of at least two runs and three seconds: the first step a process
/// timed came out 2–3 times slower than the same step timed later (SdgMap's load of 100 plans:
/// 187 ms first, 85 ms later), and the gap closed with a large gen0 budget
/// (<c>DOTNET_GCgen0size</c>), so it is the GC sizing its young generation, plus tiered
/// compilation, settling. Measuring after both have settled gives every step the same footing.
/// </remarks>
public static class Warm
{
    /// <summary>Runs every step once untimed, then times each warm and records its median in <paramref name="timings"/>.</summary>
    public static void TimeAll(Timings timings, int runs, IReadOnlyList<(string Query, long? Bytes, Action Run)> steps)
    {
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(steps);
        foreach (var step in steps)
        {
            step.Run();
        }

        foreach (var step in steps)
        {
            timings.Add(step.Query, Median(runs, step.Run), step.Bytes);
        }
    }

    /// <summary>The median wall time of <paramref name="runs"/> runs of <paramref name="action"/>, in milliseconds, after warming up.</summary>
    public static double Median(int runs, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var warming = Stopwatch.StartNew();
        for (var w = 0; w < 30 && (w < 2 || warming.Elapsed.TotalSeconds < 3); w++)
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
