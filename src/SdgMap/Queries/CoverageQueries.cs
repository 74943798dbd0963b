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
    public static IReadOnlyList<SdgCoverage> Coverage(this PlanGraph graph, SdgLevel by = SdgLevel.Target, QueryScope? scope = null, bool combined = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        scope ??= QueryScope.All;
        var catalog = graph.Catalog;
        var ids = by == SdgLevel.Goal ? catalog.Goals.Select(g => g.Id).ToList() : catalog.Targets.Select(t => t.Id).ToList();
        var rows = new List<SdgCoverage>();
        var total = combined ? new Tally(catalog.DenseCount) : null;
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        ScopeWalk.Check(plans, scope);
        foreach (var index in plans)
        {
            var tally = total ?? new Tally(catalog.DenseCount);
            var contributors = ScopeWalk.Contributors(graph, index, scope);
            var subtree = scope.RollsUp && contributors.Count > 0 ? SubtreeLinks.Compute(index, catalog.DenseCount, scope.IncludeSuggested) : null;
            foreach (var i in contributors)
            {
                var label = combined ? $"{index.Plan.Id}:{ScopeWalk.CodeOf(index, i)}" : ScopeWalk.CodeOf(index, i);
                foreach (var (sdg, how) in Project(ScopeWalk.Links(index, i, scope, subtree), by, catalog))
                {
                    tally.Add(sdg, label, how);
                }
            }

            if (!combined)
            {
                rows.AddRange(tally.Rows(index.Plan.Id, ids, catalog));
            }
        }

        if (total is not null)
        {
            rows.AddRange(total.Rows(AllPlans, ids, catalog));
        }

        return rows;
    }

    /// <summary>The goals or targets that one plan covers, in UN order.</summary>
    public static IReadOnlyList<SdgId> CoveredSdgs(this PlanGraph graph, string planId, SdgLevel by = SdgLevel.Target, bool includeSuggested = false) =>
        [.. graph.Coverage(by, new QueryScope { Plans = [planId], IncludeSuggested = includeSuggested })
            .Where(r => r.Covered)
            .Select(r => SdgId.Parse(r.Sdg))];

    /// <summary>Maps an element's dense SDG links to goals or targets, merging the ways each is reached.</summary>
    internal static Dictionary<int, Contribution> Project(Dictionary<int, Contribution> links, SdgLevel by, SdgCatalog catalog)
    {
        var projected = new Dictionary<int, Contribution>();
        foreach (var (dense, how) in links)
        {
            var id = catalog.AtDense(dense);
            if (by == SdgLevel.Target && id.IsGoal)
            {
                continue;
            }

            var key = by == SdgLevel.Goal ? catalog.DenseIndex(id.GoalId) : dense;
            projected[key] = projected.TryGetValue(key, out var was) ? was.Merge(how) : how;
        }

        return projected;
    }

    /// <summary>Contributors per dense SDG index, kept in the order they were added.</summary>
    private sealed class Tally(int size)
    {
        private readonly List<(string Label, Contribution How)>?[] _bySdg = new List<(string, Contribution)>?[size];

        public void Add(int sdg, string label, Contribution how) => (_bySdg[sdg] ??= []).Add((label, how));

        public IEnumerable<SdgCoverage> Rows(string plan, IReadOnlyList<SdgId> ids, SdgCatalog catalog) =>
            ids.Select(id =>
            {
                var found = _bySdg[catalog.DenseIndex(id)] ?? [];
                return new SdgCoverage
                {
                    Plan = plan,
                    Sdg = id.ToString(),
                    Covered = found.Count > 0,
                    Count = found.Count,
                    Elements = ValueList.From(found.Select(f => f.Label)),
                    RolledUp = ValueList.From(found.Where(f => !f.How.Own).Select(f => f.Label)),
                    SuggestedOnly = ValueList.From(found.Where(f => f.How.SuggestedOnly).Select(f => f.Label)),
                };
            });
    }
}
