using System.Numerics;
using System.Runtime.InteropServices;
using SdgMap.Graph;

namespace SdgMap.Parquet.Tables;

/// <summary>
/// For every element of one plan, the SDG links its ancestors declare and it does not, each with
/// the nearest ancestor that declares it. Computed in one walk from the roots down, remembering
/// the nearest declarer of each id and undoing on the way back up, so a 500,000-deep chain costs
/// what a flat plan of that size does (walking every element's ancestors costs n²/2).
/// </summary>
internal sealed class InheritedLinks
{
    private readonly int[] _start;
    private readonly List<(int Dense, int From)> _links;

    private InheritedLinks(int[] start, List<(int, int)> links)
    {
        _start = start;
        _links = links;
    }

    /// <summary>Element <paramref name="i"/>'s inherited links in ascending dense order.</summary>
    public ReadOnlySpan<(int Dense, int From)> Of(int i) => CollectionsMarshal.AsSpan(_links)[_start[i].._start[i + 1]];

    public static InheritedLinks Compute(PlanIndex index, int denseCount)
    {
        var n = index.Count;
        var perElement = new List<(int, int)>?[n];
        var nearest = new int[denseCount];
        Array.Fill(nearest, -1);

        // The ids some ancestor declares, as bits: an element visits those, not all 186 catalogue ids.
        var declaredAbove = new ulong[(denseCount + 63) / 64];
        var undo = new Stack<(int Dense, int Was)>();
        var visited = new bool[n];

        // Pre-order walk with an explicit stack: a negative entry ~m leaves element m.
        var stack = new Stack<int>();
        var marks = new Stack<int>();
        foreach (var root in index.Roots.Reverse())
        {
            stack.Push(root);
        }

        while (stack.Count > 0)
        {
            var top = stack.Pop();
            if (top < 0)
            {
                for (var mark = marks.Pop(); undo.Count > mark;)
                {
                    var (d, was) = undo.Pop();
                    nearest[d] = was;
                    if (was < 0)
                    {
                        declaredAbove[d >> 6] &= ~(1UL << d);
                    }
                }

                continue;
            }

            visited[top] = true;
            var own = index.Declared[top];
            List<(int, int)>? list = null;
            for (var w = 0; w < declaredAbove.Length; w++)
            {
                for (var bits = declaredAbove[w]; bits != 0; bits &= bits - 1)
                {
                    var d = (w << 6) + BitOperations.TrailingZeroCount(bits);
                    if (!own.AsSpan().Contains(d))
                    {
                        (list ??= perElement[top] = []).Add((d, nearest[d]));
                    }
                }
            }

            marks.Push(undo.Count);
            foreach (var d in own)
            {
                undo.Push((d, nearest[d]));
                declaredAbove[d >> 6] |= 1UL << d;
                nearest[d] = top;
            }

            stack.Push(~top);
            var children = index.Children[top];
            for (var c = children.Count - 1; c >= 0; c--)
            {
                stack.Push(children[c]);
            }
        }

        // Elements on a parent cycle (and below one) no root reaches; validation reports the cycle.
        // Their ancestors are walked one by one, as the graph does, stopping where the chain loops.
        for (var i = 0; i < n; i++)
        {
            if (!visited[i])
            {
                perElement[i] = FromAncestors(index, i);
            }
        }

        var start = new int[n + 1];
        var links = new List<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            start[i] = links.Count;
            if (perElement[i] is { } list)
            {
                links.AddRange(list);
            }
        }

        start[n] = links.Count;
        return new InheritedLinks(start, links);
    }

    private static List<(int, int)> FromAncestors(PlanIndex index, int i)
    {
        var found = new SortedDictionary<int, int>();
        foreach (var a in index.Ancestors(i))
        {
            foreach (var d in index.Declared[a])
            {
                found.TryAdd(d, a);
            }
        }

        var own = index.Declared[i];
        return [.. found.Where(kv => !own.Contains(kv.Key)).Select(kv => (kv.Key, kv.Value))];
    }
}
