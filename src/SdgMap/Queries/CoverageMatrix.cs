using SdgMap.Collections;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>
/// Counts of covering elements for rows (plans, elements of a level, taxonomy terms) against
/// columns (goals, targets, taxonomy terms), with the elements behind every count.
/// </summary>
/// <remarks>
/// The counts are computed with the matrix; for a matrix of plans against goals or targets the
/// long table of <see cref="Cells"/>, which names every covering element, is made on first use,
/// so that counting a national corpus does not also build millions of element lists nobody
/// reads. Two matrices are equal when their rows, columns and cells are.
/// </remarks>
public sealed record CoverageMatrix
{
    // Lazy state is Lazy<T> in ExecutionAndPublication mode: thread-safe by construction, the
    // factory runs once however many threads read Cells or Count first (a check-then-act on plain
    // fields let two threads run it, the second finding the factory already cleared).
    private Lazy<int[]> _counts;
    private Lazy<IReadOnlyList<MatrixCell>> _cells;

    /// <summary>Creates a matrix from its rows, columns and cells.</summary>
    public CoverageMatrix()
    {
        _cells = new(() => ValueList.Empty<MatrixCell>(), LazyThreadSafetyMode.ExecutionAndPublication);
        _counts = new(CountsFromCells, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // Cells is set here through its deferred factory, which the compiler cannot see.
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private CoverageMatrix(IReadOnlyList<MatrixRow> rows, IReadOnlyList<MatrixColumn> columns, int[] counts, Func<IReadOnlyList<MatrixCell>> cells)
    {
        Rows = rows;
        Columns = columns;
        _counts = new(() => counts, LazyThreadSafetyMode.ExecutionAndPublication);
        _cells = new(() => ValueList.From(cells()), LazyThreadSafetyMode.ExecutionAndPublication);
    }
#pragma warning restore CS8618

    /// <summary>The rows, in order.</summary>
    public required IReadOnlyList<MatrixRow> Rows { get; init => field = ValueList.From(value); }

    /// <summary>The column keys, in order (<c>16</c>, <c>16.6</c>, <c>reform:1</c>).</summary>
    public required IReadOnlyList<MatrixColumn> Columns { get; init => field = ValueList.From(value); }

    /// <summary>The non-empty cells, by row then column: a long table a notebook can pivot.</summary>
    public required IReadOnlyList<MatrixCell> Cells
    {
        get => _cells.Value;

        init
        {
            var cells = ValueList.From(value);
            _cells = new(() => cells, LazyThreadSafetyMode.ExecutionAndPublication);
            _counts = new(CountsFromCells, LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The count at a row and column index (0 where no element covers it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The row or column is outside the matrix.</exception>
    public int Count(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        return _counts.Value[(row * Columns.Count) + column];
    }

    private int[] CountsFromCells()
    {
        var counts = new int[Rows.Count * Columns.Count];
        foreach (var cell in Cells)
        {
            counts[(cell.Row * Columns.Count) + cell.Column] = cell.Count;
        }

        return counts;
    }

    /// <summary>Whether both matrices have the same rows, columns and cells.</summary>
    public bool Equals(CoverageMatrix? other) =>
        other is not null && (ReferenceEquals(this, other) || (Rows.Equals(other.Rows) && Columns.Equals(other.Columns) && Cells.Equals(other.Cells)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rows, Columns, Cells);

    /// <summary>A matrix whose counts (row-major) are known and whose cells are made when first read.</summary>
    internal static CoverageMatrix Deferred(IReadOnlyList<MatrixRow> rows, IReadOnlyList<MatrixColumn> columns, int[] counts, Func<IReadOnlyList<MatrixCell>> cells) =>
        new(rows, columns, counts, cells);
}

/// <summary>A row of a <see cref="CoverageMatrix"/>.</summary>
public sealed record MatrixRow
{
    /// <summary>The plan the row belongs to.</summary>
    public required string Plan { get; init; }

    /// <summary>The row's key: the plan id, the element's normalised code, or <c>taxonomy:term</c>.</summary>
    public required string Key { get; init; }

    /// <summary>What to show: the plan's or element's title, or the term's label.</summary>
    public required string Label { get; init; }
}

/// <summary>A non-empty cell of a <see cref="CoverageMatrix"/>.</summary>
public sealed record MatrixCell
{
    /// <summary>The row's index in <see cref="CoverageMatrix.Rows"/>.</summary>
    public required int Row { get; init; }

    /// <summary>The column's index in <see cref="CoverageMatrix.Columns"/>.</summary>
    public required int Column { get; init; }

    /// <summary>The row's plan.</summary>
    public required string Plan { get; init; }

    /// <summary>The row's key.</summary>
    public required string RowKey { get; init; }

    /// <summary>The column's key.</summary>
    public required string ColumnKey { get; init; }

    /// <summary>How many elements cover the cell.</summary>
    public required int Count { get; init; }

    /// <summary>The covering elements, in plan order.</summary>
    public required IReadOnlyList<ElementRef> Elements { get; init => field = ValueList.From(value); }
}
