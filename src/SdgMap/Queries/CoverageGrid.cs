using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>
/// Per plan and per goal or target (dense catalogue index), how many elements carry it through
/// their own links: the count behind plan × SDG matrices and uncovered-SDG gaps, tallied from
/// <see cref="CoverageKernel"/> with no row or element list made.
/// </summary>
internal sealed class CoverageGrid
{
    private CoverageGrid(IReadOnlyList<PlanIndex> plans, int width, int[] declared, int[]? suggested)
    {
        Plans = plans;
        Width = width;
        Declared = declared;
        Suggested = suggested;
    }

    public IReadOnlyList<PlanIndex> Plans { get; }

    /// <summary>The number of goals and targets: one row's length.</summary>
    public int Width { get; }

    /// <summary>Elements whose declared links carry the SDG, row-major by plan.</summary>
    public int[] Declared { get; }

    /// <summary>Elements whose suggested links carry the SDG and whose declared links do not (null unless asked for), row-major by plan.</summary>
    public int[]? Suggested { get; }

    /// <summary>True when the scope only picks plans: no subtree, level or tag, for which the grid is exact.</summary>
    public static bool Serves(QueryScope scope) => ScopeWalk.TakesEveryElement(scope);

    public static CoverageGrid Count(PlanGraph graph, QueryScope scope, bool withSuggested)
    {
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        var width = graph.Catalog.DenseCount;
        var declared = new int[plans.Count * width];
        var suggested = withSuggested ? new int[plans.Count * width] : null;
        var own = QueryScope.All with { IncludeSuggested = withSuggested };
        for (var p = 0; p < plans.Count; p++)
        {
            var index = plans[p];
            if (suggested is null)
            {
                CoverageKernel.CountDeclared(index, graph.Catalog, declared.AsSpan(p * width, width));
                continue;
            }

            var sink = new Counter(declared, suggested, p * width);
            CoverageKernel.Run(index, graph.Catalog, contributors: null, own, by: null, ref sink);
        }

        return new CoverageGrid(plans, width, declared, suggested);
    }

    private readonly struct Counter(int[] declared, int[]? suggested, int offset) : CoverageKernel.ISink
    {
        public void Add(int element, int dense, Contribution how)
        {
            if (how.SuggestedOnly)
            {
                suggested![offset + dense]++;
            }
            else
            {
                declared[offset + dense]++;
            }
        }
    }
}
