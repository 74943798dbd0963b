using Parquet;
using Parquet.Schema;

namespace SdgMap.Parquet.Tables;

/// <summary>One column of an export table: its Parquet field and the values of the row group being filled.</summary>
internal abstract class Column(string name)
{
    /// <summary>The column's name in the file.</summary>
    public string Name { get; } = name;

    /// <summary>The Parquet field, typed and marked nullable or required.</summary>
    public abstract DataField Field { get; }

    /// <summary>The values held for the next row group.</summary>
    public abstract int Count { get; }

    /// <summary>Whether the writer should dictionary-encode the column whatever its values' uniqueness.</summary>
    public virtual bool Dictionary => false;

    /// <summary>Writes the held values as this column's chunk of a row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);

    /// <summary>Drops the held values once they are written, keeping the buffer for the next row group.</summary>
    public abstract void Clear();
}

/// <summary>A string column; <paramref name="dictionary"/> for columns whose values repeat (plan ids, levels, provenance, element ids across an element's links).</summary>
internal sealed class StringColumn(string name, bool nullable, bool dictionary = false) : Column(name)
{
    private readonly List<string?> _values = [];

    public override DataField Field { get; } = new DataField<string>(name, nullable);

    public override bool Dictionary => dictionary;

    public override int Count => _values.Count;

    public void Add(string? value)
    {
        if (value is null && !Field.IsNullable)
        {
            throw new InvalidOperationException($"Column '{Name}' is required but was given no value.");
        }

        _values.Add(value);
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) => rowGroup.WriteAsync(Field, _values);

    public override void Clear() => _values.Clear();
}

/// <summary>A column of a value type that every row has (int32, double, boolean).</summary>
internal sealed class RequiredColumn<T>(string name) : Column(name)
    where T : struct
{
    private T[] _values = new T[1024];
    private int _count;

    public override DataField Field { get; } = new DataField<T>(name, false);

    public override int Count => _count;

    public void Add(T value)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_count++] = value;
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        rowGroup.WriteAsync(Field, new ReadOnlyMemory<T>(_values, 0, _count), cancellationToken: cancellationToken);

    public override void Clear() => _count = 0;
}

/// <summary>A column of a value type that some rows leave null (a fiscal year not printed, a score only suggestions have).</summary>
internal sealed class NullableColumn<T>(string name) : Column(name)
    where T : struct
{
    private T?[] _values = new T?[1024];
    private int _count;

    public override DataField Field { get; } = new DataField<T?>(name, true);

    public override int Count => _count;

    public void Add(T? value)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_count++] = value;
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        rowGroup.WriteAsync(Field, new ReadOnlyMemory<T?>(_values, 0, _count), cancellationToken: cancellationToken);

    public override void Clear() => _count = 0;
}
