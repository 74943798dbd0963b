using System.Globalization;
using System.Security.Cryptography;
using SdgMap.Graph;
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
        Csv.WriteSorted(Path.Combine(output, "load.csv"), "plan,elements,declared_links,tags", documents.Select(d => Csv.Row(
            d.Plan.Id, Number(d.Plan.Elements.Count), Number(d.Plan.Elements.Sum(e => e.Sdg.Count)), Number(d.Plan.Elements.Sum(e => e.Tags.Count)))));
        Csv.WriteSorted(Path.Combine(output, "load+graph.csv"), "plan,elements,declared_links,tags", graph.Plans.Select(p => Csv.Row(
            p.Id, Number(p.Elements.Count), Number(p.Elements.Sum(e => e.Sdg.Count)), Number(p.Elements.Sum(e => e.Tags.Count)))));

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

    private static void WriteMatrix(string path, CoverageMatrix matrix) =>
        Csv.WriteSorted(path, "plan,sdg,count", matrix.Cells.Select(c => Csv.Row(c.Plan, c.ColumnKey, Number(c.Count))));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
