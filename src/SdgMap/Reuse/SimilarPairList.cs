using System.Collections;

namespace SdgMap.Reuse;

/// <summary>
/// Every similar pair of texts, ordered by (A, B), without storing them: a group of m identical texts
/// alone gives m(m − 1)/2 pairs, and boilerplate across 1,741 plans would fill gigabytes.
/// </summary>
/// <remarks>
/// For each distinct text d the list keeps its partners: the texts of its own group (shared = its whole
/// set) and of every similar distinct text, sorted. All texts of d have the same partners, so text A's
/// pairs are the partners of d after A itself. Enumerating is O(1) a pair; the indexer is O(log n).
/// </remarks>
internal sealed class SimilarPairList : IReadOnlyList<SimilarPair>
{
    private readonly DuplicateGroups _groups;
    private readonly ShingleSets _sets;
    private readonly int[] _partnerStarts;
    private readonly ulong[] _partners;
    private readonly int[] _firstPartner;
    private readonly int[] _pairStarts;

    public SimilarPairList(DuplicateGroups groups, ShingleSets sets, IReadOnlyList<DistinctPair> pairs, int textCount)
    {
        _groups = groups;
        _sets = sets;
        (_partnerStarts, _partners) = Partners(groups, sets, pairs);
        _firstPartner = new int[textCount];
        _pairStarts = new int[textCount + 1];
        long total = 0;
        for (var a = 0; a < textCount; a++)
        {
            var d = groups.DistinctOf[a];
            var partners = d < 0 ? [] : PartnersOf(d);
            // Past a's own entry, whatever its shared count: the first partner with a larger text.
            var first = ~partners.BinarySearch(((ulong)(uint)a << 32) | uint.MaxValue);
            _firstPartner[a] = first;
            total += partners.Length - first;
            if (total > Array.MaxLength)
            {
                throw new InvalidOperationException($"More than {Array.MaxLength} similar pairs; raise the threshold or query texts one at a time.");
            }

            _pairStarts[a + 1] = (int)total;
        }
    }

    public int Count => _pairStarts[^1];

    public SimilarPair this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            // The text whose run of pairs holds index: the first a with _pairStarts[a + 1] > index.
            int a = 0, high = _firstPartner.Length;
            while (a < high)
            {
                var middle = (a + high) / 2;
                if (_pairStarts[middle + 1] <= index)
                {
                    a = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return Pair(a, PartnersOf(_groups.DistinctOf[a])[_firstPartner[a] + index - _pairStarts[a]]);
        }
    }

    public IEnumerator<SimilarPair> GetEnumerator()
    {
        for (var a = 0; a < _firstPartner.Length; a++)
        {
            if (_pairStarts[a] == _pairStarts[a + 1])
            {
                continue;
            }

            var start = _partnerStarts[_groups.DistinctOf[a]] + _firstPartner[a];
            var end = _partnerStarts[_groups.DistinctOf[a] + 1];
            for (var k = start; k < end; k++)
            {
                yield return Pair(a, _partners[k]);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ReadOnlySpan<ulong> PartnersOf(int d) => _partners.AsSpan(_partnerStarts[d], _partnerStarts[d + 1] - _partnerStarts[d]);

    private SimilarPair Pair(int a, ulong partner)
    {
        var b = (int)(partner >> 32);
        var shared = (int)(uint)partner;
        var jaccard = Overlap.Jaccard(shared, _sets.SizeOf(_groups.DistinctOf[a]), _sets.SizeOf(_groups.DistinctOf[b]));
        return new SimilarPair(a, b, jaccard, shared);
    }

    /// <summary>Each distinct text's partners as (text, shared) packed in a <c>ulong</c>, sorted by text; none for a lone text without similar texts.</summary>
    private static (int[] Starts, ulong[] Partners) Partners(DuplicateGroups groups, ShingleSets sets, IReadOnlyList<DistinctPair> pairs)
    {
        var distinct = groups.DistinctCount;
        var neighbourStarts = new int[distinct + 1];
        foreach (var pair in pairs)
        {
            neighbourStarts[pair.First + 1]++;
            neighbourStarts[pair.Second + 1]++;
        }

        for (var d = 0; d < distinct; d++)
        {
            neighbourStarts[d + 1] += neighbourStarts[d];
        }

        var neighbours = new (int Other, int Shared)[neighbourStarts[^1]];
        var cursor = neighbourStarts[..^1];
        foreach (var pair in pairs)
        {
            neighbours[cursor[pair.First]++] = (pair.Second, pair.Shared);
            neighbours[cursor[pair.Second]++] = (pair.First, pair.Shared);
        }

        var starts = new int[distinct + 1];
        for (var d = 0; d < distinct; d++)
        {
            var own = groups.MembersOf(d).Length;
            long size = neighbourStarts[d] == neighbourStarts[d + 1] && own == 1 ? 0 : own;
            for (var k = neighbourStarts[d]; k < neighbourStarts[d + 1]; k++)
            {
                size += groups.MembersOf(neighbours[k].Other).Length;
            }

            starts[d + 1] = checked((int)(starts[d] + size));
        }

        var partners = new ulong[starts[^1]];
        Chunks.For(distinct, 4096, (from, to) =>
        {
            for (var d = from; d < to; d++)
            {
                if (starts[d] == starts[d + 1])
                {
                    continue;
                }

                var at = starts[d];
                foreach (var member in groups.MembersOf(d))
                {
                    partners[at++] = ((ulong)(uint)member << 32) | (uint)sets.SizeOf(d);
                }

                for (var k = neighbourStarts[d]; k < neighbourStarts[d + 1]; k++)
                {
                    foreach (var member in groups.MembersOf(neighbours[k].Other))
                    {
                        partners[at++] = ((ulong)(uint)member << 32) | (uint)neighbours[k].Shared;
                    }
                }

                partners.AsSpan(starts[d], at - starts[d]).Sort();
            }
        });
        return (starts, partners);
    }
}
