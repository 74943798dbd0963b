using System.Globalization;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// Where folder to graph (<see cref="PlanFiles.LoadAll(IEnumerable{string}, PlanLimits?, IProgress{WorkProgress}?, CancellationToken)"/>
/// then <see cref="PlanGraph.Build(IEnumerable{PlanDocument})"/>) spends its allocation and its time:
/// warm rounds with wall, processor and garbage-collection pause time each, then one round with the
/// runtime's allocation ticks (a sample about every 100 kB, with the type allocated) summed by type.
/// </summary>
internal static class LoadAllocationProbe
{
    public static void Run(string folder, int rounds, TextWriter output)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        void Line(string text) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text}"));
        Line($"load average at the start  {Machine.LoadAverage()}");
        Line($"files                      {files.Count:N0}, {bytes / 1e6:N1} MB");
        for (var round = 0; round <= rounds; round++)
        {
            var counters = RoundCounters.Start();
            var graph = PlanGraph.Build(PlanFiles.LoadAll(files));
            Line($"{(round == 0 ? "round 0 (cold)" : $"round {round}"),-26} {counters.Describe(bytes)}");
            GC.KeepAlive(graph);
        }

        using var ticks = new AllocationTicks();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sampled = PlanGraph.Build(PlanFiles.LoadAll(files));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GC.KeepAlive(sampled);
        Line($"allocated (warm round)      {allocated / 1e6:N0} MB = {allocated / (double)bytes:N2}× the file bytes; sampled by type {ticks.Total / 1e6:N0} MB");
        foreach (var line in ticks.Largest(25))
        {
            Line(line);
        }

        Line($"load average at the end    {Machine.LoadAverage()}");
    }
}
