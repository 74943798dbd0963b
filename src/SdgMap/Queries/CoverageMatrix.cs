using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>
/// Counts of covering elements for rows (plans, elements of a level, taxonomy terms) against
/// columns (goals, targets, taxonomy terms), with the elements behind every count.
/// </summary>
public sealed record CoverageMatrix
{
    /// <summary>The rows, in order.</summary>
    public required IReadOnlyList<MatrixRow> Rows { get; init => field = ValueList.From(value); }

    /// <summary>The column keys, in order (<c>16</c>, <c>16.6</c>, <c>reform:1</c>).</summary>
    public required IReadOnlyList<string> Columns { get; init => field = ValueList.From(value); }

    /// <summary>The non-empty cells, by row then column: a long table a notebook can pivot.</summary>
    public required IReadOnlyList<MatrixCell> Cells { get; init => field = ValueList.From(value); }

    /// <summary>The count at a row and column index (0 where no element covers it); a scan of <see cref="Cells"/>, for occasional look-ups.</summary>
    public int Count(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        return Cells.FirstOrDefault(c => c.Row == row && c.Column == column)?.Count ?? 0;
    }
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

    /// <summary>The covering elements' normalised codes (ids where a code is missing or not unique in the plan), in plan order.</summary>
    public required IReadOnlyList<string> Elements { get; init => field = ValueList.From(value); }
}
