namespace SdgMap.Serialization;

/// <summary>One row of a table as read from a CSV file or a workbook sheet: its cells' texts and where it stands.</summary>
/// <remarks>A value type: a CSV file of millions of blank lines makes no object per line.</remarks>
public readonly record struct TableRow
{
    /// <summary>The 1-based row: the record's number in a CSV file, the row's number on a sheet.</summary>
    public required int Number { get; init; }

    /// <summary>The 1-based line a CSV record starts on (it differs from <see cref="Number"/> when a cell holds line breaks); <see langword="null"/> on a sheet.</summary>
    public int? Line { get; init; }

    /// <summary>The cells' texts from the first column on; a row may be shorter than the header (the rest are blank).</summary>
    public required IReadOnlyList<string> Cells { get; init; }

    /// <summary>How many cells the row has in all, when more than <see cref="Cells"/> keeps (a CSV record past <see cref="PlanLimits.MaxColumns"/>).</summary>
    public int? CellCount { get; init; }
}
