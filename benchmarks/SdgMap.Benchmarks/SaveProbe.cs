using System.Globalization;
using SdgMap.Benchmarks.Peers;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// Where saving a corpus (<see cref="PlanJson.ToUtf8Bytes(Plan)"/> for every plan, one thread)
/// spends its time, first with only the loaded plans alive and then beside what the peer run
/// keeps alive at the same moment (the graph and the plans read again from the combined file),
/// since the collector's cost grows with the live heap: warm rounds with processor time, pauses,
/// collections and allocation, then the allocation by type.
/// </summary>
internal static class SaveProbe
{
    public static void Run(string folder, int rounds, TextWriter output)
    {
        var files = SdgMapPeer.PlanFileList(folder);
        var plans = PlanFiles.LoadAll(files).Select(d => d.Plan).ToList();
        // One untimed save: the bytes each round writes, and the writer compiled before the rounds.
        var bytes = plans.Sum(p => (long)PlanJson.ToUtf8Bytes(p).Length);
        void Line(string text) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text}"));
        Line($"load average at the start  {Machine.LoadAverage()}");
        Line($"plans                      {plans.Count:N0}, {bytes / 1e6:N1} MB written each round");
        Rounds("plans alone", plans, bytes, rounds, Line);

        var graph = PlanGraph.Build(PlanFiles.LoadAll(files));
        var combinedPath = Path.Combine(folder, CombinedFile.Name);
        var combined = File.Exists(combinedPath) ? CombinedFile.Parse(File.ReadAllBytes(combinedPath), combinedPath) : [];
        Line($"heap beside the plans      {GC.GetGCMemoryInfo().HeapSizeBytes / 1e6:N0} MB (graph and {combined.Count:N0} plans from {CombinedFile.Name})");
        Rounds("beside graph", plans, bytes, rounds, Line);

        using (var ticks = new AllocationTicks())
        {
            Save(plans);
            Line($"allocation by type (one round, sampled {ticks.Total / 1e6:N0} MB)");
            foreach (var line in ticks.Largest(12))
            {
                Line(line);
            }
        }

        GC.KeepAlive(graph);
        GC.KeepAlive(combined);
        Line($"load average at the end    {Machine.LoadAverage()}");
    }

    private static void Rounds(string label, List<Plan> plans, long bytes, int rounds, Action<string> line)
    {
        for (var round = 1; round <= rounds; round++)
        {
            var counters = RoundCounters.Start();
            var saved = Save(plans);
            line($"{$"{label}, round {round}",-26} {counters.Describe(bytes)}");
            GC.KeepAlive(saved);
        }
    }

    // As the peer run does: every plan's bytes kept until the round ends.
    private static byte[][] Save(List<Plan> plans) => [.. plans.Select(PlanJson.ToUtf8Bytes)];
}
