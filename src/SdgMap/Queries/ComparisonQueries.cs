using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>Two plans' coverage side by side.</summary>
public static class ComparisonQueries
{
    /// <summary>One row per goal or target in UN order: how many elements of each plan cover it, and which plan covers it that the other does not. Linear in the two plans' sizes.</summary>
    /// <exception cref="UnknownIdException">Either plan is not in the graph.</exception>
    public static IReadOnlyList<CoverageComparison> Compare(this PlanGraph graph, string planA, string planB, SdgLevel by = SdgLevel.Target, bool includeSuggested = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var a = graph.Coverage(by, new QueryScope { Plans = [planA], IncludeSuggested = includeSuggested });
        var b = graph.Coverage(by, new QueryScope { Plans = [planB], IncludeSuggested = includeSuggested });
        return [.. a.Zip(b, (x, y) => new CoverageComparison
        {
            Sdg = x.Sdg,
            Difference = (x.Covered, y.Covered) switch
            {
                (true, true) => CoverageDifference.Both,
                (true, false) => CoverageDifference.OnlyA,
                (false, true) => CoverageDifference.OnlyB,
                _ => CoverageDifference.Neither,
            },
            PlanA = planA,
            CountA = x.Count,
            ElementsA = x.Elements,
            PlanB = planB,
            CountB = y.Count,
            ElementsB = y.Elements,
        })];
    }
}
