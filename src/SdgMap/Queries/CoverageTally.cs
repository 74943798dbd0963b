using System.Runtime.InteropServices;
using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>
/// Turns what <see cref="CoverageKernel"/> emits into <see cref="SdgCoverage"/> rows in two passes:
/// the first counts the elements per goal or target, the second writes each into an array of
/// exactly that size, which the row then holds. Nothing is built per element beyond its place in
/// a row, so a row set naming a million elements costs little more than the references it holds.
/// </summary>
internal sealed class CoverageTally
{
    private readonly SdgCatalog _catalog;
    private readonly QueryScope _scope;
    private readonly SdgLevel _by;
    private readonly int[] _counts;
    private readonly ElementRef[]?[] _elements;
    private readonly Contribution[]?[]? _ways;
    private bool _filling;

    public CoverageTally(SdgCatalog catalog, QueryScope scope, SdgLevel by)
    {
        _catalog = catalog;
        _scope = scope;
        _by = by;
        _counts = new int[catalog.DenseCount];
        _elements = new ElementRef[]?[_counts.Length];
        _ways = KeepsWays ? new Contribution[]?[_counts.Length] : null;
    }

    /// <summary>Only a scope that rolls up or counts suggestions can make a contribution other than an own declared link.</summary>
    private bool KeepsWays => _scope.RollsUp || _scope.IncludeSuggested;

    /// <summary>Forgets what was counted and placed, so that one tally serves plan after plan with no arrays made per plan.</summary>
    public void Reset()
    {
        Array.Clear(_counts);
        Array.Clear(_elements);
        if (_ways is not null)
        {
            Array.Clear(_ways);
        }

        _filling = false;
    }

    /// <summary>First pass: counts what the plan's contributors (null: every element) cover.</summary>
    public void Count(PlanIndex index, List<int>? contributors)
    {
        var sink = new Counter(_counts);
        CoverageKernel.Run(index, _catalog, contributors, _scope, _by, ref sink);
    }

    /// <summary>Second pass, in the same order as the first: places each covering element.</summary>
    public void Fill(PlanIndex index, List<int>? contributors)
    {
        if (!_filling)
        {
            _filling = true;
            for (var d = 0; d < _counts.Length; d++)
            {
                if (_counts[d] > 0)
                {
                    _elements[d] = new ElementRef[_counts[d]];
                    if (_ways is not null)
                    {
                        _ways[d] = new Contribution[_counts[d]];
                    }
                }
            }

            Array.Clear(_counts);
        }

        var sink = new Filler(index, _counts, _elements, _ways);
        CoverageKernel.Run(index, _catalog, contributors, _scope, _by, ref sink);
    }

    /// <summary>One row per goal or target of <paramref name="ids"/>, in their order, for <paramref name="plan"/>.</summary>
    public IEnumerable<SdgCoverage> Rows(string plan, IReadOnlyList<SdgId> ids)
    {
        foreach (var id in ids)
        {
            var d = _catalog.DenseIndex(id);
            var found = _elements[d];
            if (found is null)
            {
                yield return new SdgCoverage { Plan = plan, Sdg = id, Covered = false, Count = 0, Elements = ValueList.Empty<ElementRef>(), RolledUp = ValueList.Empty<ElementRef>(), SuggestedOnly = ValueList.Empty<ElementRef>() };
                continue;
            }

            var ways = _ways?[d];
            yield return new SdgCoverage
            {
                Plan = plan,
                Sdg = id,
                Covered = true,
                Count = found.Length,
                Elements = ValueList<ElementRef>.Wrap(ImmutableCollectionsMarshal.AsImmutableArray(found)),
                RolledUp = Where(found, ways, static w => !w.Own),
                SuggestedOnly = Where(found, ways, static w => w.SuggestedOnly),
            };
        }
    }

    // A loop, not LINQ: a lambda capturing the arguments would make a closure on every call,
    // even for the rows that keep nothing, which were 64 bytes a covered row.
    private static ValueList<ElementRef> Where(ElementRef[] found, Contribution[]? ways, Func<Contribution, bool> keep)
    {
        if (ways is null)
        {
            return ValueList.Empty<ElementRef>();
        }

        var kept = 0;
        foreach (var way in ways)
        {
            kept += keep(way) ? 1 : 0;
        }

        if (kept == 0)
        {
            return ValueList.Empty<ElementRef>();
        }

        var subset = new ElementRef[kept];
        for (int k = 0, next = 0; k < found.Length; k++)
        {
            if (keep(ways[k]))
            {
                subset[next++] = found[k];
            }
        }

        return ValueList<ElementRef>.Wrap(ImmutableCollectionsMarshal.AsImmutableArray(subset));
    }

    private readonly struct Counter(int[] counts) : CoverageKernel.ISink
    {
        public void Add(int element, int dense, Contribution how) => counts[dense]++;
    }

    private readonly struct Filler(PlanIndex index, int[] next, ElementRef[]?[] elements, Contribution[]?[]? ways) : CoverageKernel.ISink
    {
        public void Add(int element, int dense, Contribution how)
        {
            var k = next[dense]++;
            elements[dense]![k] = new ElementRef(index, element);
            if (ways is not null)
            {
                ways[dense]![k] = how;
            }
        }
    }
}
