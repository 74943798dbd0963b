using BenchmarkDotNet.Attributes;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Benchmarks;

/// <summary>
/// Coverage, matrix, gap and "who else" queries over 1, 100 and 1,741 synthetic plans, against
/// a plain array pass over the same links (the floor) and the same count through QuikGraph's
/// dictionary-of-lists view.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NationalScaleConfig))]
public class QueryBenchmarks
{
    private PlanGraph _graph = null!;
    private int[][] _linksPerPlan = [];
    private ElementNode _someMeasure = null!;

    /// <summary>How many synthetic plans the graph holds.</summary>
    [Params(1, 100, 1741)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = SyntheticCorpus.Graph(Plans);
        var catalog = _graph.Catalog;
        _linksPerPlan = [.. _graph.Plans.Select(p => p.Elements.SelectMany(e => e.Sdg).Where(s => s.IsTarget).Select(s => catalog.DenseIndex(s)).ToArray())];
        var plan = _graph.Plans[0];
        _someMeasure = new ElementNode(plan.Id, plan.Elements.First(e => plan.DepthOf(e.Level) == 2).Id);
        _ = _graph.Graph.VertexCount;
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

    [Benchmark(Description = "QuikGraph view: plans x targets counts over out-edges")]
    public int QuikGraphScan()
    {
        var catalog = _graph.Catalog;
        var counts = new int[_graph.Plans.Count * 186];
        var plan = 0;
        var view = _graph.Graph;
        foreach (var p in _graph.Plans)
        {
            foreach (var vertex in _graph.Elements(p.Id))
            {
                foreach (var edge in view.OutEdges(vertex))
                {
                    if (edge.Kind == PlanEdgeKind.LinksToSdg && edge.Target is SdgNode { Id.IsTarget: true } sdg)
                    {
                        counts[(plan * 186) + catalog.DenseIndex(sdg.Id)]++;
                    }
                }
            }

            plan++;
        }

        return counts.Length;
    }

    [Benchmark(Description = "CoverageMatrix plans x targets")]
    public int MatrixPlansByTargets() => _graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets).Count(0, 0);

    [Benchmark(Description = "CoverageMatrix plans x goals")]
    public int MatrixPlansByGoals() => _graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Count(0, 0);

    [Benchmark(Description = "Gaps: uncovered goals and targets")]
    public int GapsUncovered() => _graph.Gaps(new GapOptions { Kinds = [GapKind.UncoveredGoal, GapKind.UncoveredTarget] }).Count;

    [Benchmark(Description = "Gaps: all kinds")]
    public int GapsAll() => _graph.Gaps().Count;

    [Benchmark(Description = "Coverage by target, rows naming elements")]
    public int CoverageByTarget() => _graph.Coverage(SdgLevel.Target).Count;

    [Benchmark(Description = "WhoElse for one measure")]
    public int WhoElse() => _graph.WhoElse(_someMeasure).Count;
}
