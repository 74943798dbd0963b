using System.Diagnostics;
using System.Globalization;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// One pass over a generated corpus folder that prints load time, memory per element and link,
/// and warm query medians with what each allocates: the quick look between full
/// BenchmarkDotNet runs, and the one that runs at sizes BenchmarkDotNet cannot hold.
/// </summary>
/// <remarks>
/// The parser passes (tokenise floor, parse, deserialise) read the files in batches of about
/// 256 MB, time the pass over each batch held in memory and drop it. They used to hold every
/// file's bytes for the whole probe: 2.67 GB beside the graph at 17,410 plans, which with the
/// save pass's garbage took the 10× run past 16 GiB before its queries. The measure is the same:
/// time in the parser over bytes already in memory, one thread, reading the files untimed; a
/// batch is larger than any cache, so the parser still meets cold bytes, as it did. At 1,741
/// plans (266 MB) that is one or two batches.
/// </remarks>
internal static class ScaleProbe
{
    private const long BatchBytes = 256L << 20;

    public static void Run(string folder, TextWriter output)
    {
        void Line(string what, string value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-44} {value}"));
        Line("load average at the start", Machine.LoadAverage());
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
        var peakLoaded = Machine.PeakResident();

        var elements = graph.Plans.Sum(p => p.Elements.Count);
        var links = graph.Plans.Sum(p => p.Elements.Sum(e => e.Sdg.Count));
        var structure = graph.Plans.Sum(p =>
        {
            var index = graph.Index(p.Id);
            return (index.Parents.LongLength * sizeof(int)) + index.Children.Bytes(sizeof(int)) + index.Declared.Bytes(sizeof(int));
        });
        Line("plans / elements / declared links", $"{graph.Plans.Count:N0} / {elements:N0} / {links:N0}");
        Line("files", $"{bytes / 1e6:N1} MB");
        Line("load (parse all files)", $"{load.TotalMilliseconds:N0} ms = {bytes / 1e6 / load.TotalSeconds:N0} MB/s");
        Line("graph build (indexes)", $"{build.TotalMilliseconds:N0} ms");
        Line("folder to graph (cold, both cores)", $"{(load + build).TotalMilliseconds:N0} ms = {bytes / 1e6 / (load + build).TotalSeconds:N0} MB/s, allocated {allocated / 1e6:N0} MB = {allocated / (double)bytes:N2}× the file bytes");
        Line("model in memory", $"{(afterModel - before) / 1e6:N0} MB = {(afterModel - before) / (double)elements:N0} B/element");
        Line("indexes in memory", $"{(afterGraph - afterModel) / 1e6:N0} MB = {(afterGraph - afterModel) / (double)elements:N0} B/element");
        Line("structure (parents, children, links)", $"{structure / 1e6:N1} MB = {structure / (double)elements:N1} B/element, budget 16/element + 16/link = {(16.0 * elements + 16.0 * links) / 1e6:N1} MB");
        Line("whole corpus in memory", $"{(afterGraph - before) / 1e6:N0} MB = {(afterGraph - before) / (double)elements:N0} B/element");
        Line("peak resident after load and build", $"{peakLoaded / 1e6:N0} MB");

        Median("tokenise floor (Utf8JsonReader, 1 thread)", () => Streamed(files, file => JsonFloor.Tokenise([file])), runs: 3, megabytes: bytes / 1e6);
        Median("parse (PlanJson.Parse, 1 thread)", () => Streamed(files, file => JsonFloor.Parse([file])), runs: 3, megabytes: bytes / 1e6);
        Median("  of which deserialising alone", () => Streamed(files, file => System.Text.Json.JsonSerializer.Deserialize(file, PlanJsonContext.Default.Plan)!.Elements.Count), runs: 3, megabytes: bytes / 1e6);
        // The result is the plans written: the bytes of 17,410 plans overflow an int.
        Median("save (PlanJson.ToUtf8Bytes, 1 thread)", () => Timed(() => graph.Plans.Count(p => PlanJson.ToUtf8Bytes(p).Length > 0)), runs: 3, megabytes: bytes / 1e6);
        Median("matrix plans x targets", () => Timed(() => graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets).Count(0, 0)));
        Median("matrix plans x goals", () => Timed(() => graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Count(0, 0)));
        Median("gaps uncovered goals+targets", () => Timed(() => graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget] }).Count));
        Median("gaps all kinds", () => Timed(() => graph.Gaps().Count), runs: 3);
        Median("coverage by target (rows with elements)", () => Timed(() => graph.Coverage(SdgLevel.Target).Count), runs: 3);
        var refs = graph.Coverage(SdgLevel.Target).Sum(r => (long)r.Elements.Count);
        var coverageAllocated = Timed(() => graph.Coverage(SdgLevel.Target).Count).Allocated;
        Line("  allocated, against the rows' element refs", $"{coverageAllocated / 1e6:N1} MB for {refs:N0} refs = {coverageAllocated / (double)refs:N1} B/ref");
        Line("peak resident over the probe", $"{Machine.PeakResident() / 1e6:N0} MB");
        Line("load average at the end", Machine.LoadAverage());

        // Time and allocation of one run; the allocation count is read outside the timed part.
        Pass Timed(Func<long> query)
        {
            var start = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var result = query();
            var elapsed = clock.Elapsed;
            return new Pass(elapsed, GC.GetTotalAllocatedBytes(precise: true) - start, result);
        }

        void Median(string what, Func<Pass> query, int runs = 15, double megabytes = 0)
        {
            query();
            var passes = new List<Pass>();
            for (var i = 0; i < runs; i++)
            {
                passes.Add(query());
            }

            var median = passes.OrderBy(p => p.Elapsed).ElementAt(passes.Count / 2);
            var ms = median.Elapsed.TotalMilliseconds;
            var rate = megabytes > 0 ? $" = {megabytes / (ms / 1000):N0} MB/s" : string.Empty;
            Line(what, $"{ms:N2} ms{rate} (median of {runs}; result {median.Result:N0}; allocated {median.Allocated / 1e6:N1} MB)");
        }

        GC.KeepAlive(documents);
    }

    /// <summary>One pass of <paramref name="parser"/> over every file, timed only while it runs over a batch already read.</summary>
    private static Pass Streamed(List<string> files, Func<byte[], long> parser)
    {
        var elapsed = TimeSpan.Zero;
        var allocated = 0L;
        var result = 0L;
        var batch = new List<byte[]>();
        for (var next = 0; next < files.Count;)
        {
            batch.Clear();
            for (var held = 0L; next < files.Count && held < BatchBytes; next++)
            {
                batch.Add(File.ReadAllBytes(files[next]));
                held += batch[^1].Length;
            }

            var start = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            foreach (var file in batch)
            {
                result += parser(file);
            }

            elapsed += clock.Elapsed;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - start;
        }

        return new Pass(elapsed, allocated, result);
    }

    private readonly record struct Pass(TimeSpan Elapsed, long Allocated, long Result);
}
