using FsCheck.Xunit;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

public class CoverageKernelTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool CountDeclared_TalliesExactlyWhatRunEmitsForEveryElementWithoutSuggestions(Plan plan)
    {
        var graph = PlanGraph.Build([plan]);
        var index = graph.Index(plan.Id);
        var width = graph.Catalog.DenseCount;
        var bulk = new int[width];
        CoverageKernel.CountDeclared(index, graph.Catalog, bulk);

        var emitted = new Tally(new int[width]);
        CoverageKernel.Run(index, graph.Catalog, contributors: null, QueryScope.All, by: null, ref emitted);
        return bulk.AsSpan().SequenceEqual(emitted.Counts);
    }

    private readonly struct Tally(int[] counts) : CoverageKernel.ISink
    {
        public int[] Counts => counts;

        public void Add(int element, int dense, Contribution how) => counts[dense]++;
    }
}
