using SdgMap.Excel.Resources;
using SdgMap.Resources;
using SdgMap.Serialization;
using SdgMap.Suggestions;

namespace SdgMap.Excel;

/// <summary>
/// The suggestion review table (<see cref="ReviewTable"/>) as a workbook: the same columns, with a
/// ○ / × drop-down in the <c>accept</c> column; read back with the same checks as the CSV table.
/// </summary>
public static class ReviewWorkbook
{
    /// <summary>The sheet's name.</summary>
    public const string Sheet = "レビュー";

    /// <summary>Writes the review table of <paramref name="suggestions"/>; <paramref name="files"/> maps plan ids to their files.</summary>
    public static void Write(IEnumerable<Suggestion> suggestions, IReadOnlyDictionary<string, string> files, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var columns = ReviewTable.Columns;
        var layout = new SheetLayout
        {
            Name = Sheet,
            SdgColumns = new HashSet<int> { IndexOf("sdg") },
            DropDown = (IndexOf("accept"), ["○", "×"]),
        };
        WorkbookWriter.Write(output, layout, columns, [.. ReviewTable.Rows(suggestions, files)]);
    }

    /// <summary>Reads a reviewed workbook's decisions (its first visible sheet, or <paramref name="sheet"/>); see <see cref="ReviewTable.Read(string, PlanLimits?)"/>.</summary>
    /// <exception cref="PlanInputException">The file is not a workbook SdgMap reads, or a row is wrong; the message names the file, the sheet and the cell.</exception>
    public static IReadOnlyList<ReviewRow> Read(string path, string? sheet = null, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var workbook = WorkbookSheets.Open(path, limits);
        var source = workbook.Source(sheet);
        limits ??= PlanLimits.Default;
        var rows = new List<TableRow>();
        foreach (var row in workbook.Rows(source.Sheet))
        {
            if (rows.Count > limits.MaxElements)
            {
                throw new PlanInputException(Localized.Format(ExcelMessages.ReviewTooManyRows, limits.MaxElements), path) { Sheet = source.Sheet, Row = row.Number };
            }

            // The header is the first row with anything in it; blank rows cost nothing.
            if (rows.Count > 0 || row.Cells.Any(c => c.Trim().Length > 0))
            {
                rows.Add(row);
            }
        }

        return ReviewTable.Read(rows, source);
    }

    private static int IndexOf(string column) => ReviewTable.Columns.ToList().IndexOf(column);
}
