using SdgMap.Collections;

namespace SdgMap.Graph;

/// <summary>
/// Rows of values packed in one array (compressed sparse rows): row <c>i</c> is
/// <c>Values[Starts[i]..Starts[i + 1]]</c>. One allocation per table instead of one per row keeps
/// a national corpus's links in a few contiguous arrays that scans read front to back.
/// </summary>
internal sealed class Csr<T>
{
    internal static readonly T[] NoValues = [];

    private readonly int[]? _starts;

    internal Csr(int rows, int[]? starts, T[] values)
    {
        Rows = rows;
        _starts = starts;
        Values = values;
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>Every row's values, row after row.</summary>
    public T[] Values { get; }

    /// <summary>Row <paramref name="i"/>.</summary>
    public ArraySegment<T> this[int i] => _starts is null
        ? ArraySegment<T>.Empty
        : new ArraySegment<T>(Values, _starts[i], _starts[i + 1] - _starts[i]);

    /// <summary>The same rows holding other values, one for each of this table's.</summary>
    public Csr<TOther> WithValues<TOther>(TOther[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, Values.Length);
        return new Csr<TOther>(Rows, _starts, values);
    }

    /// <summary>The bytes the table holds (arrays only).</summary>
    public long Bytes(int valueSize) => ((_starts?.LongLength ?? 0) * sizeof(int)) + (Values.LongLength * valueSize);
}

/// <summary>Builds <see cref="Csr{T}"/> tables.</summary>
internal static class Csr
{
    /// <summary>Past this many items a thread's gathering list is dropped rather than kept for the next fill.</summary>
    private const int MaxKeptValues = 1 << 20;

    /// <summary>
    /// Packs <paramref name="rows"/> rows, each appended to one shared list by
    /// <paramref name="addRow"/>(i, list): no enumerator or array per row, which matters at a
    /// million rows. <paramref name="addRow"/> may reorder or remove what it appended itself.
    /// </summary>
    public static Csr<T> Fill<T>(int rows, Action<int, List<T>> addRow)
    {
        // The rows are gathered in this thread's list, kept from one fill to the next: every plan
        // of a corpus fills several, and growing a new list each time was most of their garbage.
        var values = PerThread<List<T>>.Rent();
        int[]? starts = null;
        for (var i = 0; i < rows; i++)
        {
            addRow(i, values);
            if (values.Count > 0 && starts is null)
            {
                starts = new int[rows + 1];
            }

            if (starts is not null)
            {
                starts[i + 1] = values.Count;
            }
        }

        var csr = new Csr<T>(rows, starts, starts is null ? Csr<T>.NoValues : [.. values]);
        values.Clear();
        PerThread<List<T>>.Return(values, keep: values.Capacity <= MaxKeptValues);
        return csr;
    }


    /// <summary>Sorts the values appended since <paramref name="from"/> and drops repeats among them.</summary>
    public static void SortDistinctTail(List<int> values, int from)
    {
        var tail = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values)[from..];
        if (tail.Length < 2)
        {
            return;
        }

        tail.Sort();
        var kept = 1;
        for (var k = 1; k < tail.Length; k++)
        {
            if (tail[k] != tail[kept - 1])
            {
                tail[kept++] = tail[k];
            }
        }

        values.RemoveRange(from + kept, tail.Length - kept);
    }

    /// <summary>Packs the rows given as each value's row number (a parent array read as child lists), keeping the values' order within a row.</summary>
    public static Csr<int> Group(int rows, ReadOnlySpan<int> rowOf)
    {
        var starts = new int[rows + 1];
        foreach (var r in rowOf)
        {
            if (r >= 0)
            {
                starts[r + 1]++;
            }
        }

        if (starts.AsSpan(1).IndexOfAnyExcept(0) < 0)
        {
            return new Csr<int>(rows, null, Csr<int>.NoValues);
        }

        for (var r = 0; r < rows; r++)
        {
            starts[r + 1] += starts[r];
        }

        var values = new int[starts[rows]];
        var next = starts[..rows];
        for (var v = 0; v < rowOf.Length; v++)
        {
            if (rowOf[v] >= 0)
            {
                values[next[rowOf[v]]++] = v;
            }
        }

        return new Csr<int>(rows, starts, values);
    }
}
