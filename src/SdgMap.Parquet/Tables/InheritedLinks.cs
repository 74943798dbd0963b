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
    public IEnumerable<(int Dense, int From)> Of(int i)
    {
        for (var k = _start[i]; k < _start[i + 1]; k++)
        {
            yield return _links[k];
        }
    }

    public static InheritedLinks Compute(PlanIndex index, int denseCount)
    {
        var n = index.Count;
        var perElement = new List<(int, int)>?[n];
        var nearest = new int[denseCount];
        Array.Fill(nearest, -1);
        var active = 0;
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
                    active -= was < 0 ? 1 : 0;
                }

                continue;
            }

            visited[top] = true;
            var own = index.Declared[top];
            if (active > 0)
            {
                var list = perElement[top] = [];
                for (var d = 0; d < denseCount; d++)
                {
                    if (nearest[d] >= 0 && !own.Contains(d))
                    {
                        list.Add((d, nearest[d]));
                    }
                }
            }

            marks.Push(undo.Count);
            foreach (var d in own)
            {
                undo.Push((d, nearest[d]));
                active += nearest[d] < 0 ? 1 : 0;
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
