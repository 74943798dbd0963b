using System.Numerics;
using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>
/// Per plan and per goal or target (dense catalogue index), how many elements carry it through
/// their own links: the count behind plan × SDG matrices and uncovered-SDG gaps, read straight
/// off the packed link arrays without touching the model.
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

    /// <summary>Elements whose suggested links carry the SDG (null unless asked for), row-major by plan.</summary>
    public int[]? Suggested { get; }

    /// <summary>True when the scope only picks plans: no subtree, level or tag, for which the grid is exact.</summary>
    public static bool Serves(QueryScope scope) => scope.Within is null && scope.Level is null && scope.Tag is null;

    public static CoverageGrid Count(PlanGraph graph, QueryScope scope, bool withSuggested)
    {
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        var width = graph.Catalog.DenseCount;
        var goals = graph.Catalog.Goals.Count;
        var declared = new int[plans.Count * width];
        var suggested = withSuggested ? new int[plans.Count * width] : null;
        for (var p = 0; p < plans.Count; p++)
        {
            var index = plans[p];
            var row = declared.AsSpan(p * width, width);

            // Links are distinct per element, so each target link is one element carrying that target.
            foreach (var d in index.Declared.Values)
            {
                if (d >= goals)
                {
                    row[d]++;
                }
            }

            // An element with two targets of one goal carries the goal once.
            foreach (var mask in index.GoalMasks)
            {
                for (var m = mask; m != 0; m &= m - 1)
                {
                    row[BitOperations.TrailingZeroCount(m)]++;
                }
            }

            if (suggested is not null && index.Suggested.Values.Length > 0)
            {
                var srow = suggested.AsSpan(p * width, width);
                for (var i = 0; i < index.Count; i++)
                {
                    var mask = 0u;
                    foreach (var d in index.Suggested[i])
                    {
                        mask |= 1u << (graph.Catalog.AtDense(d).Goal - 1);
                        if (d >= goals)
                        {
                            srow[d]++;
                        }
                    }

                    for (var m = mask; m != 0; m &= m - 1)
                    {
                        srow[BitOperations.TrailingZeroCount(m)]++;
                    }
                }
            }
        }

        return new CoverageGrid(plans, width, declared, suggested);
    }
}
