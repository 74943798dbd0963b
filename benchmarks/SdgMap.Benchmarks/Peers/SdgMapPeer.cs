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

        // The same plans from the one combined file: one read of one array instead of many files.
        var combinedPath = Path.Combine(corpus, CombinedFile.Name);
        var combined = File.ReadAllBytes(combinedPath);

        IReadOnlyList<PlanDocument> documents = [];
        PlanGraph graph = null!;
        IReadOnlyList<PlanDocument> fromCombined = [];
        CoverageMatrix goals = null!;
        CoverageMatrix targets = null!;
        IReadOnlyList<Gap> gaps = [];
        byte[][] saved = [];
        Warm.TimeAll(timings, runs,
        [
            ("load", total, () => documents = [.. bytes.Select((b, i) => PlanJson.Parse(b, files[i]))]),
            ("load+graph", total, () => graph = PlanGraph.Build(bytes.Select((b, i) => PlanJson.Parse(b, files[i])))),
            ("load-combined", combined.Length, () => fromCombined = CombinedFile.Parse(combined, combinedPath)),
            ("coverage-goals", null, () => goals = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals)),
            ("coverage-targets", null, () => targets = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets)),

            // Only the kinds the peers compute (sdg-marks-lost is no-sdg-link's other half and never occurs here).
            ("gaps", null, () => gaps = graph.Gaps(GapOptions.Default with { Kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget, GapKind.NoSdgLink, GapKind.SdgMarksLost] })),
            ("save", total, () => saved = [.. documents.Select(d => PlanJson.ToUtf8Bytes(d.Plan))]),
        ]);

        Csv.WriteSorted(Path.Combine(output, "load.csv"), CountsHeader, documents.Select(d => CountsRow(d.Plan)));
        Csv.WriteSorted(Path.Combine(output, "load+graph.csv"), CountsHeader, graph.Plans.Select(p => CountsRow(p)));
        Csv.WriteSorted(Path.Combine(output, "load-combined.csv"), CountsHeader, fromCombined.Select(d => CountsRow(d.Plan)));
        WriteMatrix(Path.Combine(output, "coverage-goals.csv"), goals);
        WriteMatrix(Path.Combine(output, "coverage-targets.csv"), targets);
        GapKind[] kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget, GapKind.NoSdgLink];
        Csv.WriteSorted(Path.Combine(output, "gaps.csv"), "plan,kind,subject", gaps.Where(g => kinds.Contains(g.Kind)).Select(g => Csv.Row(g.Plan, SdgMap.Text.KebabNames.Of(g.Kind), g.Subject)));
        Csv.WriteSorted(Path.Combine(output, "save.csv"), "plan,sha256", documents.Select((d, i) => Csv.Row(d.Plan.Id, Hex(saved[i]))));
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
