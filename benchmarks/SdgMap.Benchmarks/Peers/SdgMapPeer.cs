using System.Globalization;
using System.Security.Cryptography;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// SdgMap's side of the peer comparison (<c>peers-sdgmap</c>): the same questions the peers
/// answer, asked through the public API only, so that faster query internals show up here
/// without changes. Answers are written as canonical CSV (see <see cref="Csv.WriteSorted"/>).
/// </summary>
public static class SdgMapPeer
{
    /// <summary>Loads the plan files in <paramref name="corpus"/>, runs every query warm and writes answers and <c>timings.txt</c> to <paramref name="output"/>.</summary>
    public static void Run(string corpus, string output, int runs)
    {
        Directory.CreateDirectory(output);
        var timings = new Timings(output);
        var files = PlanFileList(corpus);

        // Files are read once, untimed: every peer measures parsing from memory, not the disk.
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var total = bytes.Sum(b => (long)b.Length);

        IReadOnlyList<PlanDocument> documents = [];
        timings.Add("load", Warm.Median(runs, () => documents = [.. bytes.Select((b, i) => PlanJson.Parse(b, files[i]))]), total);
        PlanGraph graph = null!;
        timings.Add("load+graph", Warm.Median(runs, () => graph = PlanGraph.Build(bytes.Select((b, i) => PlanJson.Parse(b, files[i])))), total);
        Csv.WriteSorted(Path.Combine(output, "load.csv"), CountsHeader, documents.Select(d => CountsRow(d.Plan)));
        Csv.WriteSorted(Path.Combine(output, "load+graph.csv"), CountsHeader, graph.Plans.Select(p => CountsRow(p)));

        // The same plans from the one combined file: one read of one array instead of many files.
        var combinedPath = Path.Combine(corpus, CombinedFile.Name);
        var combined = File.ReadAllBytes(combinedPath);
        IReadOnlyList<PlanDocument> fromCombined = [];
        timings.Add("load-combined", Warm.Median(runs, () => fromCombined = CombinedFile.Parse(combined, combinedPath)), combined.Length);
        Csv.WriteSorted(Path.Combine(output, "load-combined.csv"), CountsHeader, fromCombined.Select(d => CountsRow(d.Plan)));
        fromCombined = [];

        CoverageMatrix goals = null!;
        timings.Add("coverage-goals", Warm.Median(runs, () => goals = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals)));
        WriteMatrix(Path.Combine(output, "coverage-goals.csv"), goals);

        CoverageMatrix targets = null!;
        timings.Add("coverage-targets", Warm.Median(runs, () => targets = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets)));
        WriteMatrix(Path.Combine(output, "coverage-targets.csv"), targets);

        // The library computes every default gap kind in one call; the comparison keeps the
        // three the peers compute, and the time includes the kinds it drops (see README).
        IReadOnlyList<Gap> gaps = [];
        timings.Add("gaps", Warm.Median(runs, () => gaps = graph.Gaps(GapOptions.Default)));
        string[] kinds = [GapKinds.UncoveredGoal, GapKinds.UncoveredTarget, GapKinds.NoSdgLink];
        Csv.WriteSorted(Path.Combine(output, "gaps.csv"), "plan,kind,subject", gaps.Where(g => kinds.Contains(g.Kind)).Select(g => Csv.Row(g.Plan, g.Kind, g.Subject)));

        var plans = documents.Select(d => d.Plan).ToArray();
        byte[][] saved = [];
        timings.Add("save", Warm.Median(runs, () => saved = [.. plans.Select(PlanJson.ToUtf8Bytes)]), total);
        Csv.WriteSorted(Path.Combine(output, "save.csv"), "plan,sha256", plans.Select((p, i) => Csv.Row(p.Id, Hex(saved[i]))));
    }

    /// <summary>The plan files directly in <paramref name="corpus"/> (not below it), in ordinal order.</summary>
    public static IReadOnlyList<string> PlanFileList(string corpus) =>
        [.. Directory.EnumerateFiles(corpus, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)];

    /// <summary>The load answer: per plan, its elements, declared SDG links and element tags, which every loader can count.</summary>
    private const string CountsHeader = "plan,elements,declared_links,tags";

    private static string CountsRow(Plan plan) =>
        Csv.Row(plan.Id, Number(plan.Elements.Count), Number(plan.Elements.Sum(e => e.Sdg.Count)), Number(plan.Elements.Sum(e => e.Tags.Count)));

    private static void WriteMatrix(string path, CoverageMatrix matrix) =>
        Csv.WriteSorted(path, "plan,sdg,count", matrix.Cells.Select(c => Csv.Row(c.Plan, c.ColumnKey, Number(c.Count))));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
