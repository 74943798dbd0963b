using System.Diagnostics;
using System.Globalization;
using SdgMap.Graph;
using SdgMap.Parquet;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// One timed Parquet export of a generated corpus folder: load and build apart from the export,
/// the export with and without reuse groups, and the reuse query alone, each the best of a few
/// runs, with the load average beside them (the machine is shared).
/// </summary>
public static class ParquetProbe
{
    public static void Run(string corpus, string output, int runs, TextWriter log)
    {
        log.WriteLine($"load average before: {Machine.LoadAverage()}");
        var total = Stopwatch.StartNew();
        var documents = PlanFiles.LoadAll([corpus]);
        var loaded = total.Elapsed;
        var graph = PlanGraph.Build(documents);
        var built = total.Elapsed;
        var first = ParquetExport.WriteAsync(graph, output).GetAwaiter().GetResult();
        var endToEnd = total.Elapsed;
        log.WriteLine($"{graph.Plans.Count} plans, {documents.Sum(d => d.Plan.Elements.Count)} elements");
        log.WriteLine($"end to end (first run, cold): load {Ms(loaded)}, build {Ms(built - loaded)}, export {Ms(endToEnd - built)}, total {Ms(endToEnd)}");
        foreach (var table in first.Tables)
        {
            log.WriteLine($"  {table.Name}: {table.Rows} rows, {table.RowGroups} row groups, {new FileInfo(table.Path).Length / 1_000_000.0:F1} MB");
        }

        Best("export, all tables", runs, log, () => ParquetExport.WriteAsync(graph, output).GetAwaiter().GetResult());
        Best("export, reuse_groups left empty", runs, log, () => ParquetExport.WriteAsync(graph, output, new ParquetExportOptions { Reuse = null }).GetAwaiter().GetResult());
        Best("reuse query alone", runs, log, () => graph.Reuse());
        foreach (var table in ParquetExport.Tables)
        {
            Best($"  {table} alone", runs, log, () => ParquetExport.WriteAsync(graph, output, new ParquetExportOptions { OnlyTables = new HashSet<string> { table } }).GetAwaiter().GetResult());
        }

        log.WriteLine($"load average after: {Machine.LoadAverage()}");
    }

    private static void Best(string what, int runs, TextWriter log, Action run)
    {
        var best = TimeSpan.MaxValue;
        var cpu = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            run();
            var used = Process.GetCurrentProcess().TotalProcessorTime - before;
            (best, cpu) = watch.Elapsed < best ? (watch.Elapsed, used) : (best, cpu);
        }

        // Processor time says what the work costs when other processes take the cores; wall time what a user waits.
        log.WriteLine($"{what}: best of {runs} {Ms(best)} wall, {Ms(cpu)} processor (load average {Machine.LoadAverage()})");
    }

    private static string Ms(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalMilliseconds:F0} ms");
}
