using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SdgMap.Collections;

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>The empty list of <typeparamref name="T"/>.</summary>
    public static ValueList<T> Empty<T>() => ValueList<T>.EmptyList;

    /// <summary>A list holding <paramref name="items"/> in order; the same instance if it already is one.</summary>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.EmptyList,
        ValueList<T> list => list,
        ImmutableArray<T> array => ValueList<T>.Wrap(array),
        _ => ValueList<T>.Wrap([.. items]),
    };
}

/// <summary>
/// An immutable list that compares by its items, so that model records holding lists are equal
/// when their contents are equal (a plan read back from JSON equals the plan that was written).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    private readonly ImmutableArray<T> _items;

    private ValueList(ImmutableArray<T> items) => _items = items;

    internal static readonly ValueList<T> EmptyList = new(ImmutableArray<T>.Empty);

    internal static ValueList<T> Wrap(ImmutableArray<T> array) => array.IsDefaultOrEmpty ? EmptyList : new(array);

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    // The array's own enumerator: no boxed ImmutableArray on the way, and none at all for an empty list,
    // which is what most of an element's lists are.
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ImmutableCollectionsMarshal.AsArray(_items)!).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items, comma separated, for debugging.</summary>
    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>Lets serialisation see whether any <see cref="ValueList{T}"/> is empty without knowing its item type.</summary>
internal interface IValueList
{
    /// <summary>The number of items.</summary>
    int Count { get; }
}
