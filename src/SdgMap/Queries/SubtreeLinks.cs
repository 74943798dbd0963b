using System.Numerics;
using SdgMap.Catalog;
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
/// bits per element and catalogue entry, and a word for the goals (about 64 bytes an element), released with the query.
/// </remarks>
internal sealed class SubtreeLinks
{
    // Each element's row holds the dense words, then (when computed with a catalogue) one word whose
    // low 17 bits are the goals those links fall under: a goal mask folds up the tree like the links
    // do, so a query by goal reads it instead of mapping every rolled-up link to its goal.
    private readonly int _words;
    private readonly int _stride;
    private readonly ulong[] _declared;
    private readonly ulong[]? _suggested;

    private SubtreeLinks(int words, int stride, ulong[] declared, ulong[]? suggested)
    {
        _words = words;
        _stride = stride;
        _declared = declared;
        _suggested = suggested;
    }

    /// <summary>Computes the sets of every element of <paramref name="index"/>; suggested links too when <paramref name="includeSuggested"/>.</summary>
    public static SubtreeLinks Compute(PlanIndex index, int denseCount, bool includeSuggested) =>
        Compute(index, denseCount, goalOf: null, includeSuggested);

    /// <summary>As <see cref="Compute(PlanIndex, int, bool)"/>, with the goal masks of each subtree as well (<see cref="DeclaredGoals"/>).</summary>
    public static SubtreeLinks Compute(PlanIndex index, SdgCatalog catalog, bool includeSuggested)
    {
        var goalOf = new int[catalog.DenseCount];
        for (var d = 0; d < goalOf.Length; d++)
        {
            goalOf[d] = catalog.AtDense(d).Goal - 1;
        }

        return Compute(index, catalog.DenseCount, goalOf, includeSuggested);
    }

    private static SubtreeLinks Compute(PlanIndex index, int denseCount, int[]? goalOf, bool includeSuggested)
    {
        var n = index.Count;
        var words = Math.Max(1, (denseCount + 63) / 64);
        var stride = goalOf is null ? words : words + 1;
        var declared = Own(index.Declared, n, words, stride, goalOf);
        var suggested = includeSuggested ? Own(index.Suggested, n, words, stride, goalOf) : null;

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

            Or(declared, p, i, stride);
            if (suggested is not null)
            {
                Or(suggested, p, i, stride);
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

            Unite(declared, cycle, stride);
            if (suggested is not null)
            {
                Unite(suggested, cycle, stride);
            }
        }

        return new SubtreeLinks(words, stride, declared, suggested);
    }

    /// <summary>The dense indices declared by element <paramref name="i"/> or any descendant.</summary>
    public IEnumerable<int> Declared(int i) => Bits(_declared, i);

    /// <summary>The dense indices suggested for element <paramref name="i"/> or any descendant (none unless computed with suggestions).</summary>
    public IEnumerable<int> Suggested(int i) => _suggested is null ? [] : Bits(_suggested, i);

    /// <summary>The words of dense indices declared by element <paramref name="i"/> or any descendant (bit <c>d &amp; 63</c> of word <c>d &gt;&gt; 6</c>).</summary>
    public ReadOnlySpan<ulong> DeclaredWords(int i) => _declared.AsSpan((int)((long)i * _stride), _words);

    /// <summary>As <see cref="DeclaredWords"/> for suggested links; empty unless computed with suggestions.</summary>
    public ReadOnlySpan<ulong> SuggestedWords(int i) => _suggested is null ? [] : _suggested.AsSpan((int)((long)i * _stride), _words);

    /// <summary>The goals (bit <c>g - 1</c>) that element <paramref name="i"/>'s or any descendant's declared links fall under; needs the catalogue overload.</summary>
    public uint DeclaredGoals(int i) => Goals(_declared, i);

    /// <summary>As <see cref="DeclaredGoals"/> for suggested links; 0 unless computed with suggestions.</summary>
    public uint SuggestedGoals(int i) => _suggested is null ? 0 : Goals(_suggested, i);

    private uint Goals(ulong[] bits, int i)
    {
        if (_stride == _words)
        {
            throw new InvalidOperationException("Goal masks need the catalogue overload of Compute.");
        }

        return (uint)bits[((long)i * _stride) + _words];
    }

    private static ulong[] Own(Csr<int> links, int n, int words, int stride, int[]? goalOf)
    {
        var bits = new ulong[(long)n * stride];
        for (var i = 0; i < n; i++)
        {
            var row = (long)i * stride;
            foreach (var d in links[i])
            {
                bits[row + (d >> 6)] |= 1UL << (d & 63);
                if (goalOf is not null)
                {
                    bits[row + words] |= 1UL << goalOf[d];
                }
            }
        }

        return bits;
    }

    private static void Or(ulong[] bits, int into, int from, int stride)
    {
        for (var w = 0; w < stride; w++)
        {
            bits[((long)into * stride) + w] |= bits[((long)from * stride) + w];
        }
    }

    private static void Unite(ulong[] bits, List<int> members, int stride)
    {
        var union = new ulong[stride];
        foreach (var m in members)
        {
            for (var w = 0; w < stride; w++)
            {
                union[w] |= bits[((long)m * stride) + w];
            }
        }

        foreach (var m in members)
        {
            union.CopyTo(bits, (long)m * stride);
        }
    }

    private IEnumerable<int> Bits(ulong[] bits, int i)
    {
        for (var w = 0; w < _words; w++)
        {
            var word = bits[((long)i * _stride) + w];
            while (word != 0)
            {
                yield return (w * 64) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
