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
/// 256 MB into one buffer, time the pass over each batch held in memory, and read the next batch
/// over it. They used to hold every file's bytes for the whole probe: 2.67 GB beside the graph at
/// 17,410 plans, which with the save pass's garbage took the 10× run past 16 GiB before its
/// queries (and a new array per file per pass left gigabytes of garbage). The measure is the same:
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
        var buffer = new byte[BatchBytes + files.Max(f => new FileInfo(f).Length)];

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

        Median("tokenise floor (Utf8JsonReader, 1 thread)", () => Streamed(files, buffer, file => JsonFloor.Tokenise(file)), runs: 3, megabytes: bytes / 1e6);
        Median("parse (PlanJson.Parse, 1 thread)", () => Streamed(files, buffer, file => JsonFloor.Parse(file)), runs: 3, megabytes: bytes / 1e6);
        Median("  of which deserialising alone", () => Streamed(files, buffer, file => System.Text.Json.JsonSerializer.Deserialize(file, PlanJsonContext.Default.Plan)!.Elements.Count), runs: 3, megabytes: bytes / 1e6);
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
            var cpu = Machine.ProcessorTime();
            clock.Restart();
            var result = query();
            var elapsed = clock.Elapsed;
            return new Pass(elapsed, Machine.ProcessorTime() - cpu, GC.GetTotalAllocatedBytes(precise: true) - start, result);
        }

        // At least one warm-up run and one second of them, then at least `runs` timed runs and one
        // second of them: one warm-up left a small corpus's passes on unoptimised code (parse at 100
        // plans ran at 36 MB/s against 145 at 1,741), so sizes could not be compared. From 1,741
        // plans up a parser pass takes a second or more, so those passes run as they did; the
        // fast queries take more runs than before.
        void Median(string what, Func<Pass> query, int runs = 15, double megabytes = 0)
        {
            for (var warm = TimeSpan.Zero; warm < TimeSpan.FromSeconds(1);)
            {
                warm += query().Elapsed;
            }

            var passes = new List<Pass>();
            for (var measured = TimeSpan.Zero; passes.Count < runs || (measured < TimeSpan.FromSeconds(1) && passes.Count < 1000);)
            {
                passes.Add(query());
                measured += passes[^1].Elapsed;
            }

            var median = passes.OrderBy(p => p.Elapsed).ElementAt(passes.Count / 2);
            var ms = median.Elapsed.TotalMilliseconds;
            var rate = megabytes > 0 ? $" = {megabytes / (ms / 1000):N0} MB/s" : string.Empty;
            Line(what, $"{ms:N2} ms{rate} (median of {passes.Count}; processor {median.Processor.TotalMilliseconds:N0} ms; result {median.Result:N0}; allocated {median.Allocated / 1e6:N1} MB; peak resident so far {Machine.PeakResident() / 1e6:N0} MB)");
        }

        GC.KeepAlive(documents);
    }

    /// <summary>One pass of <paramref name="parser"/> over every file, timed only while it runs over a batch already read into <paramref name="buffer"/>.</summary>
    private static Pass Streamed(List<string> files, byte[] buffer, Func<ReadOnlySpan<byte>, long> parser)
    {
        var elapsed = TimeSpan.Zero;
        var processor = TimeSpan.Zero;
        var allocated = 0L;
        var result = 0L;
        var batch = new List<Range>();
        for (var next = 0; next < files.Count;)
        {
            batch.Clear();
            for (var held = 0; next < files.Count && held < BatchBytes; next++)
            {
                using var handle = File.OpenHandle(files[next]);
                var length = checked((int)RandomAccess.GetLength(handle));
                for (var read = 0; read < length;)
                {
                    var got = RandomAccess.Read(handle, buffer.AsSpan(held + read, length - read), read);
                    read += got > 0 ? got : throw new IOException($"{files[next]} shrank while the probe read it.");
                }

                batch.Add(held..(held + length));
                held += length;
            }

            var start = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Machine.ProcessorTime();
            var clock = Stopwatch.StartNew();
            foreach (var file in batch)
            {
                result += parser(buffer.AsSpan(file));
            }

            elapsed += clock.Elapsed;
            processor += Machine.ProcessorTime() - cpu;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - start;
        }

        return new Pass(elapsed, processor, allocated, result);
    }

    // Processor time is the whole process's (the garbage collector's threads included): on a
    // shared machine it says what a one-thread pass costs when other processes take the cores.
    private readonly record struct Pass(TimeSpan Elapsed, TimeSpan Processor, long Allocated, long Result);
}
