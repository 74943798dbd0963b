using System.Diagnostics;

namespace SdgMap.Benchmarks;

/// <summary>What the probes print beside their numbers about the shared machine and the process.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages, or <c>n/a</c> off Linux.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Processor time this process has used so far, all its threads.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The most memory this process has held resident so far (Linux: VmHWM), in bytes.</summary>
    public static long PeakResident()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
