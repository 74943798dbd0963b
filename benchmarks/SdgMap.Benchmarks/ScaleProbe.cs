using System.Diagnostics;
using System.Globalization;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// One pass over a generated corpus folder that prints load time, memory per element and link,
/// and warm query medians: the quick look between full BenchmarkDotNet runs.
/// </summary>
internal static class ScaleProbe
{
    public static void Run(string folder, TextWriter output)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var documents = PlanFiles.LoadAll(files);
        var load = clock.Elapsed;
        var afterModel = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var graph = PlanGraph.Build(documents);
        var build = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var afterGraph = GC.GetTotalMemory(forceFullCollection: true);

        var elements = graph.Plans.Sum(p => p.Elements.Count);
        var links = graph.Plans.Sum(p => p.Elements.Sum(e => e.Sdg.Count));
        var structure = graph.Plans.Sum(p =>
        {
            var index = graph.Index(p.Id);
            return (index.Parents.LongLength * sizeof(int)) + index.Children.Bytes(sizeof(int)) + index.Declared.Bytes(sizeof(int));
        });
        void Line(string what, string value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-44} {value}"));
        Line("plans / elements / declared links", $"{graph.Plans.Count:N0} / {elements:N0} / {links:N0}");
        Line("files", $"{bytes / 1e6:N1} MB");
        Line("load (parse all files)", $"{load.TotalMilliseconds:N0} ms = {bytes / 1e6 / load.TotalSeconds:N0} MB/s");
        Line("graph build (indexes)", $"{build.TotalMilliseconds:N0} ms");
        Line("folder to graph (cold, both cores)", $"{(load + build).TotalMilliseconds:N0} ms = {bytes / 1e6 / (load + build).TotalSeconds:N0} MB/s, allocated {allocated / 1e6:N0} MB = {allocated / (double)bytes:N2}× the file bytes");
        Line("model in memory", $"{(afterModel - before) / 1e6:N0} MB = {(afterModel - before) / (double)elements:N0} B/element");
        Line("indexes in memory", $"{(afterGraph - afterModel) / 1e6:N0} MB = {(afterGraph - afterModel) / (double)elements:N0} B/element");
        Line("structure (parents, children, links)", $"{structure / 1e6:N1} MB = {structure / (double)elements:N1} B/element, budget 16/element + 16/link = {(16.0 * elements + 16.0 * links) / 1e6:N1} MB");
        Line("whole corpus in memory", $"{(afterGraph - before) / (double)elements:N0} B/element");

        var raw = files.Select(File.ReadAllBytes).ToList();
        Median("tokenise floor (Utf8JsonReader, 1 thread)", () => JsonFloor.Tokenise(raw), runs: 3, megabytes: bytes / 1e6);
        Median("parse (PlanJson.Parse, 1 thread)", () => JsonFloor.Parse(raw), runs: 3, megabytes: bytes / 1e6);
        Median("  of which deserialising alone", () => raw.Sum(b => System.Text.Json.JsonSerializer.Deserialize(b, PlanJsonContext.Default.Plan)!.Elements.Count), runs: 3, megabytes: bytes / 1e6);
        // The result is the plans written: the bytes of 17,410 plans overflow an int.
        Median("save (PlanJson.ToUtf8Bytes, 1 thread)", () => graph.Plans.Count(p => PlanJson.ToUtf8Bytes(p).Length > 0), runs: 3, megabytes: bytes / 1e6);
        Median("matrix plans x targets", () => graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets).Count(0, 0));
        Median("matrix plans x goals", () => graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Count(0, 0));
        Median("gaps uncovered goals+targets", () => graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget] }).Count);
        Median("gaps all kinds", () => graph.Gaps().Count, runs: 3);
        Median("coverage by target (rows with elements)", () => graph.Coverage(SdgLevel.Target).Count, runs: 3);
        var refs = graph.Coverage(SdgLevel.Target).Sum(r => r.Elements.Count);
        var coverageAllocated = Allocated(() => graph.Coverage(SdgLevel.Target).Count);
        Line("  allocated, against the rows' element refs", $"{coverageAllocated / 1e6:N1} MB for {refs:N0} refs = {coverageAllocated / (double)refs:N1} B/ref");

        static long Allocated(Func<int> query)
        {
            var start = GC.GetTotalAllocatedBytes(precise: true);
            query();
            return GC.GetTotalAllocatedBytes(precise: true) - start;
        }

        void Median(string what, Func<int> query, int runs = 15, double megabytes = 0)
        {
            query();
            var times = new List<double>();
            var result = 0;
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                result = query();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            var rate = megabytes > 0 ? $" = {megabytes / (median / 1000):N0} MB/s" : string.Empty;
            Line(what, $"{median:N2} ms{rate} (median of {runs}; result {result:N0})");
        }

        GC.KeepAlive(documents);
    }
}
