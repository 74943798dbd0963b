using BenchmarkDotNet.Attributes;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// Roll-up on a plan that is one parent chain, every element at the level asked for: the shape
/// that made <c>coverage --level</c> and <c>gaps --level</c> walk every element's subtree (n²/2
/// steps; 40,000 deep took 14 s, 500,000 more than 45 minutes). With the leaves-up pass the time
/// grows with the depth, not its square. The baseline is the same coverage without a level (no roll-up).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NationalScaleConfig))]
public class DeepChainBenchmarks
{
    private PlanGraph _graph = null!;

    /// <summary>How many elements the chain has.</summary>
    [Params(10_000, 100_000, 500_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var elements = new PlanElement[Depth];
        for (var i = 0; i < Depth; i++)
        {
            elements[i] = new PlanElement
            {
                Id = $"e{i}",
                Level = i == Depth - 1 ? "事業" : "施策",
                Title = "連鎖",
                Parent = i == 0 ? null : $"e{i - 1}",
                Sdg = i == Depth - 1 ? [SdgId.Parse("3.8")] : [],
            };
        }

        var plan = new Plan
        {
            Id = "chain",
            Municipality = new Municipality { Name = "架空市" },
            Title = "連鎖",
            Levels = [new PlanLevel { Name = "施策" }, new PlanLevel { Name = "事業" }],
            Elements = elements,
        };
        _graph = PlanGraph.Build([PlanDocument.FromPlan(plan)]);
    }

    [Benchmark(Baseline = true, Description = "coverage by goal, no level (no roll-up)")]
    public int CoverageFlat() => _graph.Coverage(SdgLevel.Goal).Count;

    [Benchmark(Description = "coverage by goal --level 施策 (roll-up)")]
    public int CoverageByLevel() => _graph.Coverage(SdgLevel.Goal, new QueryScope { Level = "施策" }).Count;

    [Benchmark(Description = "gaps --level 施策 (roll-up)")]
    public int GapsByLevel() => _graph.Gaps(new GapOptions { Level = "施策" }).Count;
}
