using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Excel;

/// <summary>
/// Reads and writes a plan's flat table as an Excel workbook (.xlsx): the same columns, Japanese
/// headers and rules as <see cref="PlanCsv"/>, through the one conversion of <see cref="PlanTable"/>.
/// </summary>
/// <remarks>
/// Reading takes the first visible sheet or the one named, and reads it as a person does: a title
/// and blank rows above the header, merged cells (the value of a policy merged over its measures'
/// rows belongs to each of them), blank spacer rows, shared and inline strings, numbers as Excel
/// shows them (no 3.0000000001), serial dates as ISO dates, full-width digits, a formula's saved
/// value. Writing gives one sheet with the header frozen, columns as wide as their Japanese text,
/// SDG ids in their goals' colours, and the office's own layout when the plan was imported from a
/// table (<see cref="PlanSource.Table"/>).
/// </remarks>
public static class PlanWorkbook
{
    /// <summary>The sheet name written when the plan records none.</summary>
    public const string DefaultSheet = "計画";

    /// <summary>The file extensions read as workbooks: <c>.xlsx</c>, <c>.xlsm</c>, and <c>.xls</c> (refused with a message saying to save it as .xlsx).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls"];

    /// <summary>The built-in plan readers (JSON, CSV) and <see cref="XlsxPlanReader"/>.</summary>
    public static PlanReaders Readers { get; } = new([XlsxPlanReader.Instance]);

    /// <summary>Whether <paramref name="path"/> names a workbook by its extension (any case).</summary>
    public static bool IsWorkbookPath(string path) =>
        Extensions.Contains(Path.GetExtension(path ?? throw new ArgumentNullException(nameof(path))).ToLowerInvariant());

    /// <summary>Reads a workbook file's sheet as a plan.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="header">What the table does not say about its plan.</param>
    /// <param name="sheet">The sheet's name; the first visible sheet when null.</param>
    /// <param name="limits">The limits (<see cref="PlanLimits.MaxFileBytes"/> the file and each part inflated, and the table limits); <see cref="PlanLimits.Default"/> when null.</param>
    /// <exception cref="PlanInputException">The file is not a workbook SdgMap reads (another kind of file, encrypted, an Excel 97 .xls, a damaged zip, a zip bomb), has no such sheet, or a row or cell is wrong; the message names the file, the sheet and the cell.</exception>
    public static Plan Load(string path, PlanCsv.PlanHeader header, string? sheet = null, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var workbook = WorkbookSheets.Open(path, limits);
        return Read(workbook, header, sheet, limits);
    }

    /// <summary>Reads a workbook from a stream; see <see cref="Load"/>.</summary>
    /// <param name="input">The workbook's bytes (read whole when the stream cannot seek).</param>
    /// <param name="header">What the table does not say about its plan.</param>
    /// <param name="path">The file's name for messages.</param>
    /// <param name="sheet">The sheet's name; the first visible sheet when null.</param>
    /// <param name="limits">The limits; <see cref="PlanLimits.Default"/> when null.</param>
    /// <exception cref="PlanInputException">As <see cref="Load"/>.</exception>
    public static Plan Read(Stream input, PlanCsv.PlanHeader header, string? path = null, string? sheet = null, PlanLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var workbook = WorkbookSheets.Open(input, path, limits);
        return Read(workbook, header, sheet, limits);
    }

    /// <summary>The names of a workbook's sheets, in order.</summary>
    /// <exception cref="PlanInputException">The file is not a workbook SdgMap reads.</exception>
    public static IReadOnlyList<string> SheetNames(string path, PlanLimits? limits = null)
    {
        using var workbook = WorkbookSheets.Open(path, limits);
        return workbook.SheetNames;
    }

    /// <summary>Writes the plan's table as a workbook of one sheet.</summary>
    public static void Write(Plan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        var table = PlanTable.ToRows(plan);
        var layout = new SheetLayout
        {
            Name = plan.Source?.Table?.Sheet ?? DefaultSheet,
            Above = table.Above,
            HeaderRow = table.HeaderRow,
            SdgColumns = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Field == "sdg").Select(x => x.i).ToHashSet(),
        };
        WorkbookWriter.Write(output, layout, [.. table.Columns.Select(c => c.Header)], table.Rows);
    }

    private static Plan Read(WorkbookSheets workbook, PlanCsv.PlanHeader header, string? sheet, PlanLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(header);
        var source = workbook.Source(sheet);
        return PlanTable.Read(workbook.Rows(source.Sheet), source, header, limits);
    }
}
