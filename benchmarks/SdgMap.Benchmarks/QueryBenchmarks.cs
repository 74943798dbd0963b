using BenchmarkDotNet.Attributes;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Benchmarks;

/// <summary>Coverage, matrix and gap queries over 1, 100 and 1,741 synthetic plans, against a plain array pass over the same links (the floor).</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private PlanGraph _graph = null!;
    private int[][] _linksPerPlan = [];

    /// <summary>How many synthetic plans the graph holds.</summary>
    [Params(1, 100, 1741)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = SyntheticCorpus.Graph(Plans);
        var catalog = _graph.Catalog;
        _linksPerPlan = [.. _graph.Plans.Select(p => p.Elements.SelectMany(e => e.Sdg).Where(s => s.IsTarget).Select(s => catalog.DenseIndex(s)).ToArray())];
    }

    [Benchmark(Baseline = true, Description = "floor: array pass, plans x targets counts")]
    public int ArrayFloor()
    {
        var counts = new int[_linksPerPlan.Length * 186];
        for (var p = 0; p < _linksPerPlan.Length; p++)
        {
            foreach (var t in _linksPerPlan[p])
            {
                counts[(p * 186) + t]++;
            }
        }

        return counts.Length;
    }

    [Benchmark(Description = "Coverage by target (rows per plan x 169)")]
    public int CoverageByTarget() => _graph.Coverage(SdgLevel.Target).Count;

    [Benchmark(Description = "CoverageMatrix plans x goals")]
    public int MatrixPlansByGoals() => _graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Cells.Count;

    [Benchmark(Description = "Gaps (all kinds)")]
    public int Gaps() => _graph.Gaps().Count;
}
