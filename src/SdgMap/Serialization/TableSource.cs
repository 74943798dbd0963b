using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>
/// Where a table comes from, so that a problem names its place as the user sees it: a row and a
/// column's name in a CSV file (with the line), a sheet and a cell (<c>B7</c>) in a workbook.
/// </summary>
public sealed record TableSource
{
    /// <summary>The file, for messages.</summary>
    public string? Path { get; init; }

    /// <summary>The workbook sheet's name; <see langword="null"/> for a text table (CSV).</summary>
    public string? Sheet { get; init; }

    /// <summary>A workbook column's letters: 0 is <c>A</c>, 25 <c>Z</c>, 26 <c>AA</c>.</summary>
    public static string ColumnLetters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A cell's reference on a sheet: column <paramref name="column"/> (0-based) of row <paramref name="row"/> (1-based), as <c>B7</c>.</summary>
    public static string CellName(int row, int column) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A problem with a whole row; <paramref name="problem"/> starts with "row N" as the user counts rows.</summary>
    public PlanInputException AtRow(TableRow row, string problem, string? elementId = null)
    {
        return new PlanInputException(problem, Path, row.Line) { Row = row.Number, Sheet = Sheet, ElementId = elementId };
    }

    /// <summary>A problem with one cell: column <paramref name="column"/> (0-based) named <paramref name="columnName"/> in the header.</summary>
    public PlanInputException AtCell(TableRow row, int column, string columnName, string problem, string? elementId = null)
    {
        return Sheet is null
            ? new PlanInputException(Localized.FormatInvariant(Messages.TableAtRowColumn, row.Number, columnName, problem), Path, row.Line) { Row = row.Number, ElementId = elementId }
            : new PlanInputException(Localized.Format(Messages.TableAtColumn, columnName, problem), Path) { Row = row.Number, Sheet = Sheet, Cell = CellName(row.Number, column), ElementId = elementId };
    }

    /// <summary>A problem with the table as a whole (it is empty, it has no header).</summary>
    public PlanInputException Whole(string problem) => new(problem, Path) { Sheet = Sheet };
}
