using System.Diagnostics;
using System.Globalization;

namespace SdgMap.Benchmarks;

/// <summary>
/// What one timed round of a probe cost the process: wall, processor (and of it the kernel's, where fresh memory is handed over) and collector pause time,
/// collections by generation and bytes allocated, read from the runtime before and after.
/// </summary>
internal sealed class RoundCounters
{
    private readonly Stopwatch _clock;
    private readonly TimeSpan _pauses = GC.GetTotalPauseDuration();
    private readonly TimeSpan _processor = Environment.CpuUsage.TotalTime;
    private readonly TimeSpan _kernel = Environment.CpuUsage.PrivilegedTime;
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly int _gen0 = GC.CollectionCount(0);
    private readonly int _gen1 = GC.CollectionCount(1);
    private readonly int _gen2 = GC.CollectionCount(2);

    private RoundCounters() => _clock = Stopwatch.StartNew();

    /// <summary>Starts counting now.</summary>
    public static RoundCounters Start() => new();

    /// <summary>One line: wall time and the pace over <paramref name="bytes"/>, then processor, pauses, collections and allocation.</summary>
    public string Describe(long bytes)
    {
        var wall = _clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{wall.TotalMilliseconds:N0} ms = {bytes / 1e6 / wall.TotalSeconds:N0} MB/s; processor {(Environment.CpuUsage.TotalTime - _processor).TotalMilliseconds:N0} ms "
            + $"({(Environment.CpuUsage.PrivilegedTime - _kernel).TotalMilliseconds:N0} in the kernel); "
            + $"collector pauses {(GC.GetTotalPauseDuration() - _pauses).TotalMilliseconds:N0} ms; collections gen0/1/2 {GC.CollectionCount(0) - _gen0}/{GC.CollectionCount(1) - _gen1}/{GC.CollectionCount(2) - _gen2}; "
            + $"allocated {allocated / 1e6:N0} MB = {allocated / (double)bytes:N2}× the bytes");
    }
}
