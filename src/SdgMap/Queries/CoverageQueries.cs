using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>Which SDG goals and targets a plan, a set of plans, a policy, a level or a theme covers, and through what.</summary>
/// <remarks>
/// A target link covers its goal. Without <see cref="QueryScope.Level"/> or <see cref="QueryScope.Tag"/>
/// every element in scope contributes its own links; with either, the chosen elements contribute
/// their own links and their descendants' (rolled up), and the result says which is which.
/// Suggested links count only with <see cref="QueryScope.IncludeSuggested"/>. All queries run in
/// time linear in the size of the plans in scope, and never change the graph.
/// </remarks>
public static class CoverageQueries
{
    /// <summary>The plan name used for rows that speak of every plan in scope at once.</summary>
    public const string AllPlans = "*";

    /// <summary>
    /// One row per plan in scope and per goal or target of the catalogue (covered or not), plans
    /// ordered by id and SDGs in UN order; with <paramref name="combined"/>, one row per SDG for
    /// all plans in scope together (plan <see cref="AllPlans"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The scope's level or tag names one no plan in scope has.</exception>
    /// <exception cref="UnknownIdException">The scope names a plan or element the graph does not hold.</exception>
    public static IReadOnlyList<SdgCoverage> Coverage(this PlanGraph graph, SdgLevel by = SdgLevel.Target, QueryScope? scope = null, bool combined = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        scope ??= QueryScope.All;
        var catalog = graph.Catalog;
        var ids = by == SdgLevel.Goal ? catalog.Goals.Select(g => g.Id).ToList() : catalog.Targets.Select(t => t.Id).ToList();
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        ScopeWalk.Check(plans, scope);
        var rows = new List<SdgCoverage>(ids.Count * (combined ? 1 : plans.Count));
        if (combined)
        {
            var contributors = plans.Select(index => ScopeWalk.ContributorsOrAll(graph, index, scope)).ToList();
            var total = new CoverageTally(catalog, scope, by);
            for (var p = 0; p < plans.Count; p++)
            {
                total.Count(plans[p], contributors[p]);
            }

            for (var p = 0; p < plans.Count; p++)
            {
                total.Fill(plans[p], contributors[p]);
            }

            rows.AddRange(total.Rows(AllPlans, ids));
            return rows;
        }

        var tally = new CoverageTally(catalog, scope, by);
        foreach (var index in plans)
        {
            var contributors = ScopeWalk.ContributorsOrAll(graph, index, scope);
            tally.Reset();
            tally.Count(index, contributors);
            tally.Fill(index, contributors);
            rows.AddRange(tally.Rows(index.Plan.Id, ids));
        }

        return rows;
    }

    /// <summary>The goals or targets that one plan covers, in UN order.</summary>
    /// <exception cref="UnknownIdException">The graph has no plan <paramref name="planId"/>.</exception>
    public static IReadOnlyList<SdgId> CoveredSdgs(this PlanGraph graph, string planId, SdgLevel by = SdgLevel.Target, bool includeSuggested = false) =>
        [.. graph.Coverage(by, new QueryScope { Plans = [planId], IncludeSuggested = includeSuggested })
            .Where(r => r.Covered)
            .Select(r => r.Sdg)];
}
