using System.Numerics;
using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>
/// Every element's SDG links together with all its descendants', as bit sets over the catalogue's
/// dense indices, computed for one plan in one pass from the leaves up. Rolling links up a level
/// (<see cref="QueryScope.Level"/>, <see cref="QueryScope.Tag"/>) reads an element's set instead
/// of walking its subtree, so a query stays linear however deep the plan: walking each subtree
/// made a chain of n elements cost n²/2 steps (500,000 deep ran for more than 45 minutes).
/// </summary>
/// <remarks>
/// Parents form a functional graph (each element has at most one), so the elements that never
/// become leaves while the leaves are peeled off are exactly those on parent cycles; every member
/// of a cycle is a descendant of every other, and each gets the cycle's union. Memory is two
/// bits per element and catalogue entry (about 48 bytes an element), released with the query.
/// </remarks>
internal sealed class SubtreeLinks
{
    private readonly int _words;
    private readonly ulong[] _declared;
    private readonly ulong[]? _suggested;

    private SubtreeLinks(int words, ulong[] declared, ulong[]? suggested)
    {
        _words = words;
        _declared = declared;
        _suggested = suggested;
    }

    /// <summary>Computes the sets of every element of <paramref name="index"/>; suggested links too when <paramref name="includeSuggested"/>.</summary>
    public static SubtreeLinks Compute(PlanIndex index, int denseCount, bool includeSuggested)
    {
        var n = index.Count;
        var words = Math.Max(1, (denseCount + 63) / 64);
        var declared = Own(index.Declared, n, words);
        var suggested = includeSuggested ? Own(index.Suggested, n, words) : null;

        // Leaves first: an element's set is final once all its children have been OR-ed into it.
        var order = index.LeavesFirst(out var peeled);
        for (var k = 0; k < peeled; k++)
        {
            var i = order[k];
            var p = index.Parents[i];
            if (p < 0)
            {
                continue;
            }

            Or(declared, p, i, words);
            if (suggested is not null)
            {
                Or(suggested, p, i, words);
            }
        }

        // What is left lies on parent cycles: give each member the union of its cycle.
        var onCycle = new bool[n];
        for (var k = peeled; k < n; k++)
        {
            onCycle[order[k]] = true;
        }

        var cycle = new List<int>();
        for (var k = peeled; k < n; k++)
        {
            if (!onCycle[order[k]])
            {
                continue;
            }

            cycle.Clear();
            for (var u = order[k]; onCycle[u]; u = index.Parents[u])
            {
                onCycle[u] = false;
                cycle.Add(u);
            }

            Unite(declared, cycle, words);
            if (suggested is not null)
            {
                Unite(suggested, cycle, words);
            }
        }

        return new SubtreeLinks(words, declared, suggested);
    }

    /// <summary>The dense indices declared by element <paramref name="i"/> or any descendant.</summary>
    public IEnumerable<int> Declared(int i) => Bits(_declared, i);

    /// <summary>The dense indices suggested for element <paramref name="i"/> or any descendant (none unless computed with suggestions).</summary>
    public IEnumerable<int> Suggested(int i) => _suggested is null ? [] : Bits(_suggested, i);

    private static ulong[] Own(Csr<int> links, int n, int words)
    {
        var bits = new ulong[(long)n * words];
        for (var i = 0; i < n; i++)
        {
            foreach (var d in links[i])
            {
                bits[((long)i * words) + (d >> 6)] |= 1UL << (d & 63);
            }
        }

        return bits;
    }

    private static void Or(ulong[] bits, int into, int from, int words)
    {
        for (var w = 0; w < words; w++)
        {
            bits[((long)into * words) + w] |= bits[((long)from * words) + w];
        }
    }

    private static void Unite(ulong[] bits, List<int> members, int words)
    {
        var union = new ulong[words];
        foreach (var m in members)
        {
            for (var w = 0; w < words; w++)
            {
                union[w] |= bits[((long)m * words) + w];
            }
        }

        foreach (var m in members)
        {
            union.CopyTo(bits, (long)m * words);
        }
    }

    private IEnumerable<int> Bits(ulong[] bits, int i)
    {
        for (var w = 0; w < _words; w++)
        {
            var word = bits[((long)i * _words) + w];
            while (word != 0)
            {
                yield return (w * 64) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
