using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SdgMap.Collections;

/// <summary>
/// One thread's scratch for gathering a list whose length is known only at its end, so the list
/// is made once at its final size instead of growing a <see cref="List{T}"/> and copying it.
/// Lists nest (an element's KPIs inside a plan's elements): an inner list of the same item type
/// starts at the outer one's <see cref="Count"/> and gives the space back when taken, as a stack.
/// </summary>
internal sealed class ListScratch<T>
{
    /// <summary>Past this many items a thread's scratch is dropped once empty rather than kept for the next file.</summary>
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static ListScratch<T>? t_current;

    private T[] _items = new T[16];

    /// <summary>This thread's scratch.</summary>
    public static ListScratch<T> Current => t_current ??= new ListScratch<T>();

    /// <summary>The items held, which is where the next list starts.</summary>
    public int Count { get; private set; }

    /// <summary>Adds an item to the list being gathered.</summary>
    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    /// <summary>The items from <paramref name="start"/> on, as a list of exactly their length.</summary>
    public ValueList<T> ToValueList(int start) =>
        Count == start ? ValueList<T>.EmptyList : ValueList<T>.Wrap(ImmutableCollectionsMarshal.AsImmutableArray(_items.AsSpan(start, Count - start).ToArray()));

    /// <summary>Gives back the items from <paramref name="start"/> on, holding no references to them.</summary>
    public void Truncate(int start)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, start, Count - start);
        }

        Count = start;
        if (start == 0 && _items.Length > MaxKept && ReferenceEquals(t_current, this))
        {
            t_current = null;
        }
    }
}
