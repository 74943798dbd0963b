using System.Numerics;
using SdgMap.Catalog;
using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>
/// The one place coverage is counted. For the contributing elements of one plan it emits every
/// (element, goal or target, how) triple: coverage rows, comparisons, matrices and the gaps that
/// speak of uncovered SDGs all tally what it emits, so they cannot disagree on what covers what.
/// </summary>
/// <remarks>
/// A scope that does not roll up (no level, no tag) reads each element's packed links straight
/// off the index, with no collection per element; a rolling-up scope merges an element's own
/// links with its subtree's (<see cref="SubtreeLinks"/>). Both are linear in the plan's size.
/// </remarks>
internal static class CoverageKernel
{
    /// <summary>Receives the triples; a struct, so that the loop below is compiled for each sink with no virtual call per link.</summary>
    public interface ISink
    {
        /// <summary>Element <paramref name="element"/> covers dense catalogue index <paramref name="dense"/> in the way <paramref name="how"/>.</summary>
        void Add(int element, int dense, Contribution how);
    }

    /// <summary>
    /// Emits, element by element in the order of <paramref name="contributors"/> (null: every element
    /// of the plan), what each covers: goals, targets or (with <paramref name="by"/> null) both.
    /// Each (element, SDG) pair is emitted once.
    /// </summary>
    public static void Run<TSink>(PlanIndex index, SdgCatalog catalog, List<int>? contributors, QueryScope scope, SdgLevel? by, ref TSink sink)
        where TSink : struct, ISink
    {
        var wantGoals = by != SdgLevel.Target;
        var wantTargets = by != SdgLevel.Goal;
        if (scope.RollsUp)
        {
            RolledUp(index, catalog, contributors, scope, wantGoals, wantTargets, ref sink);
            return;
        }

        var goals = catalog.Goals.Count;
        var n = contributors?.Count ?? index.Count;
        for (var k = 0; k < n; k++)
        {
            Own(index, catalog, contributors is null ? k : contributors[k], goals, wantGoals, wantTargets, scope.IncludeSuggested, ref sink);
        }
    }

    /// <summary>The links element <paramref name="i"/> carries itself: declared, and if asked for, suggested where nothing declared covers the same SDG.</summary>
    private static void Own<TSink>(PlanIndex index, SdgCatalog catalog, int i, int goals, bool wantGoals, bool wantTargets, bool withSuggested, ref TSink sink)
        where TSink : struct, ISink
    {
        var declared = index.Declared[i];
        if (wantTargets)
        {
            foreach (var d in declared)
            {
                if (d >= goals)
                {
                    sink.Add(i, d, Contribution.Declared);
                }
            }
        }

        var declaredGoals = index.GoalMasks[i];
        if (wantGoals)
        {
            // Goal g sits at dense index g - 1, the bit the mask keeps for it.
            for (var m = declaredGoals; m != 0; m &= m - 1)
            {
                sink.Add(i, BitOperations.TrailingZeroCount(m), Contribution.Declared);
            }
        }

        if (!withSuggested)
        {
            return;
        }

        var suggestedGoals = 0u;
        foreach (var d in index.Suggested[i])
        {
            suggestedGoals |= 1u << (catalog.AtDense(d).Goal - 1);
            if (wantTargets && d >= goals && declared.AsSpan().BinarySearch(d) < 0)
            {
                sink.Add(i, d, Contribution.Suggested);
            }
        }

        if (wantGoals)
        {
            for (var m = suggestedGoals & ~declaredGoals; m != 0; m &= m - 1)
            {
                sink.Add(i, BitOperations.TrailingZeroCount(m), Contribution.Suggested);
            }
        }
    }

    private static void RolledUp<TSink>(PlanIndex index, SdgCatalog catalog, List<int>? contributors, QueryScope scope, bool wantGoals, bool wantTargets, ref TSink sink)
        where TSink : struct, ISink
    {
        contributors ??= [.. Enumerable.Range(0, index.Count)];
        if (contributors.Count == 0)
        {
            return;
        }

        var subtree = SubtreeLinks.Compute(index, catalog.DenseCount, scope.IncludeSuggested);
        var byGoal = new Dictionary<int, Contribution>();
        foreach (var i in contributors)
        {
            byGoal.Clear();
            foreach (var (dense, how) in ScopeWalk.Links(index, i, scope, subtree))
            {
                var id = catalog.AtDense(dense);
                if (wantTargets && id.IsTarget)
                {
                    sink.Add(i, dense, how);
                }

                if (wantGoals)
                {
                    var goal = id.Goal - 1;
                    byGoal[goal] = byGoal.TryGetValue(goal, out var was) ? was.Merge(how) : how;
                }
            }

            foreach (var (goal, how) in byGoal)
            {
                sink.Add(i, goal, how);
            }
        }
    }
}

