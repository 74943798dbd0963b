using SdgMap.Graph;
using SdgMap.Reuse;

namespace SdgMap.Queries;

/// <summary>
/// Every element of a graph numbered once, with inverted lists from title shingles and from SDG
/// targets to elements: one who-else query then touches only the elements sharing something with
/// the element asked about, and gets exact Jaccard scores from the overlap counts.
/// </summary>
internal sealed class WhoElseIndex
{
    private readonly PlanIndex[] _plans;
    private readonly int[] _planStart;
    private readonly int[] _titleSizes;
    private readonly Dictionary<int, int> _shingleRow;
    private readonly Csr<int> _byShingle;
    private readonly Csr<int> _byTarget;

    private WhoElseIndex(PlanGraph graph)
    {
        _plans = [.. graph.Plans.Select(p => graph.Index(p.Id))];
        _planStart = new int[_plans.Length + 1];
        for (var p = 0; p < _plans.Length; p++)
        {
            _planStart[p + 1] = _planStart[p] + _plans[p].Count;
        }

        var total = _planStart[^1];
        var shingles = new int[total][];
        Parallel.For(0, _plans.Length, p =>
        {
            for (var i = 0; i < _plans[p].Count; i++)
            {
                shingles[_planStart[p] + i] = ReuseText.Shingles(ReuseQueries.TextOf(_plans[p], i, includeDescriptions: false));
            }
        });

        _titleSizes = [.. shingles.Select(s => s.Length)];
        _shingleRow = [];
        var rowOf = new List<int>();
        var elementOf = new List<int>();
        for (var g = 0; g < total; g++)
        {
            foreach (var key in shingles[g])
            {
                if (!_shingleRow.TryGetValue(key, out var row))
                {
                    row = _shingleRow[key] = _shingleRow.Count;
                }

                rowOf.Add(row);
                elementOf.Add(g);
            }
        }

        _byShingle = Regroup(_shingleRow.Count, rowOf, elementOf);
        var goals = graph.Catalog.Goals.Count;
        var targetOf = new List<int>();
        var targetElement = new List<int>();
        for (var p = 0; p < _plans.Length; p++)
        {
            for (var i = 0; i < _plans[p].Count; i++)
            {
                foreach (var d in _plans[p].Declared[i])
                {
                    if (d >= goals)
                    {
                        targetOf.Add(d);
                        targetElement.Add(_planStart[p] + i);
                    }
                }
            }
        }

        _byTarget = Regroup(graph.Catalog.DenseCount, targetOf, targetElement);
    }

    public static WhoElseIndex Of(PlanGraph graph) => graph.Derived(static g => new WhoElseIndex(g));

    public int Count => _planStart[^1];

    public (PlanIndex Plan, int Element) Locate(int global)
    {
        var p = Array.BinarySearch(_planStart, global);
        p = p >= 0 ? LastStartingAt(p) : ~p - 1;
        return (_plans[p], global - _planStart[p]);
    }

    /// <summary>Elements whose title shingles overlap <paramref name="shingles"/>, with the exact Jaccard of the two sets.</summary>
    public IEnumerable<(int Global, double Jaccard)> SimilarTitles(int[] shingles)
    {
        // Counts in a flat array: common shingles reach a large share of the corpus.
        var overlap = new int[Count];
        var touched = new List<int>();
        foreach (var key in shingles)
        {
            if (_shingleRow.TryGetValue(key, out var row))
            {
                foreach (var g in _byShingle[row])
                {
                    if (overlap[g]++ == 0)
                    {
                        touched.Add(g);
                    }
                }
            }
        }

        return touched.Select(g => (g, (double)overlap[g] / (shingles.Length + _titleSizes[g] - overlap[g])));
    }

    /// <summary>Elements declaring the target at dense index <paramref name="dense"/>.</summary>
    public ArraySegment<int> DeclaringTarget(int dense) => _byTarget[dense];

    // Plans without elements share a start; the element belongs to the last of them.
    private int LastStartingAt(int p)
    {
        while (p + 1 < _plans.Length && _planStart[p + 1] == _planStart[p])
        {
            p++;
        }

        return p;
    }

    private static Csr<int> Regroup(int rows, List<int> rowOf, List<int> values)
    {
        var order = Csr.Group(rows, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rowOf));
        var mapped = new int[order.Values.Length];
        for (var k = 0; k < mapped.Length; k++)
        {
            mapped[k] = values[order.Values[k]];
        }

        return order.WithValues(mapped);
    }
}
