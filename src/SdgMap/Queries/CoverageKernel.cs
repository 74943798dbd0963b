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
/// links with its subtree's (<see cref="SubtreeLinks"/>). Both are linear in the plan's size and in
/// what they emit, however deep the plan.
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
        var n = ScopeWalk.CountOf(contributors, index);
        for (var k = 0; k < n; k++)
        {
            Own(index, catalog, ScopeWalk.At(contributors, k), goals, wantGoals, wantTargets, scope.IncludeSuggested, ref sink);
        }
    }

    /// <summary>
    /// What <see cref="Run{TSink}"/> emits for every element of the plan with a scope that neither rolls
    /// up nor counts suggestions, tallied per dense index into <paramref name="counts"/> (one plan's
    /// row of a grid): the rule of <see cref="Own{TSink}"/>, targets from the packed links and goals
    /// from the masks, read straight off the packed arrays with no call per element or link.
    /// </summary>
    public static void CountDeclared(PlanIndex index, SdgCatalog catalog, Span<int> counts)
    {
        // Every element's links lie in one array, row after row, each row distinct: counting the
        // array counts the elements carrying each target.
        var goals = catalog.Goals.Count;
        foreach (var d in index.Declared.Values)
        {
            if (d >= goals)
            {
                counts[d]++;
            }
        }

        foreach (var mask in index.GoalMasks)
        {
            for (var m = mask; m != 0; m &= m - 1)
            {
                counts[BitOperations.TrailingZeroCount(m)]++;
            }
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

    // Every contributor reads its subtree's words and goal masks (SubtreeLinks) and emits straight
    // from their set bits: the cost per element is the links it emits plus a few words, however many
    // links its subtree holds. Merging each rolled-up link into a per-element dictionary, as this did,
    // made a deep chain pay for every link below every element.
    private static void RolledUp<TSink>(PlanIndex index, SdgCatalog catalog, List<int>? contributors, QueryScope scope, bool wantGoals, bool wantTargets, ref TSink sink)
        where TSink : struct, ISink
    {
        var n = ScopeWalk.CountOf(contributors, index);
        if (n == 0)
        {
            return;
        }

        var withSuggested = scope.IncludeSuggested;
        var subtree = SubtreeLinks.Compute(index, catalog, withSuggested);
        var goals = catalog.Goals.Count;
        Span<ulong> own = stackalloc ulong[subtree.DeclaredWords(0).Length];
        for (var k = 0; k < n; k++)
        {
            var i = ScopeWalk.At(contributors, k);
            if (wantTargets)
            {
                // A link is the element's own when it declares it (or, if asked for, a tool suggested it
                // for the element); it rests on suggestions only when nothing in the subtree declares it.
                own.Clear();
                Mark(own, index.Declared[i]);
                if (withSuggested)
                {
                    Mark(own, index.Suggested[i]);
                }

                var declared = subtree.DeclaredWords(i);
                var suggested = subtree.SuggestedWords(i);
                for (var w = 0; w < declared.Length; w++)
                {
                    var present = declared[w] | (suggested.IsEmpty ? 0 : suggested[w]);
                    for (var m = present & TargetBits(w, goals); m != 0; m &= m - 1)
                    {
                        var bit = m & (~m + 1);
                        sink.Add(i, (w * 64) + BitOperations.TrailingZeroCount(m), new Contribution((own[w] & bit) != 0, (declared[w] & bit) == 0));
                    }
                }
            }

            if (wantGoals)
            {
                // A goal's contribution merges its goal's and targets' links: own if any is, suggested only if all are.
                var declaredGoals = subtree.DeclaredGoals(i);
                var ownGoals = index.GoalMasks[i] | (withSuggested ? GoalsOf(catalog, index.Suggested[i]) : 0u);
                for (var m = declaredGoals | subtree.SuggestedGoals(i); m != 0; m &= m - 1)
                {
                    var bit = m & (~m + 1);
                    sink.Add(i, BitOperations.TrailingZeroCount(m), new Contribution((ownGoals & bit) != 0, (declaredGoals & bit) == 0));
                }
            }
        }
    }

    /// <summary>The bits of word <paramref name="w"/> that stand for targets: dense indices at and past the goals.</summary>
    private static ulong TargetBits(int w, int goals)
    {
        var first = goals - (w * 64);
        return first <= 0 ? ulong.MaxValue : first >= 64 ? 0 : ulong.MaxValue << first;
    }

    private static void Mark(Span<ulong> words, ReadOnlySpan<int> dense)
    {
        foreach (var d in dense)
        {
            words[d >> 6] |= 1UL << (d & 63);
        }
    }

    private static uint GoalsOf(SdgCatalog catalog, ReadOnlySpan<int> dense)
    {
        var mask = 0u;
        foreach (var d in dense)
        {
            mask |= 1u << (catalog.AtDense(d).Goal - 1);
        }

        return mask;
    }
}
