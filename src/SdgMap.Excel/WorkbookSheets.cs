using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellString = DocumentFormat.OpenXml.Spreadsheet.Text;
using SdgMap.Excel.Resources;
using SdgMap.Resources;
using SdgMap.Serialization;

namespace SdgMap.Excel;

/// <summary>
/// A workbook opened for reading, whose sheets are read as rows of cell texts, one row at a time
/// (OpenXmlReader), as a person reads them: shared and inline strings, numbers as Excel shows them,
/// dates as ISO dates, a formula's saved value, and a merged cell's value in every row of its range.
/// </summary>
internal sealed class WorkbookSheets : IDisposable
{
    /// <summary>Excel's last row.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Excel's last column (XFD).</summary>
    private const int MaxSheetColumns = 16_384;

    /// <summary>The most merged ranges a sheet may have.</summary>
    private const int MaxMerges = 100_000;

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly string? _path;
    private readonly PlanLimits _limits;
    private readonly List<(string Name, string Id, bool Hidden)> _sheets;
    private readonly bool _date1904;
    private string[]? _sharedStrings;
    private bool[]? _dateStyles;

    private WorkbookSheets(SpreadsheetDocument document, string? path, PlanLimits limits)
    {
        _document = document;
        _path = path;
        _limits = limits;
        _workbook = document.WorkbookPart ?? throw new PlanInputException(ExcelMessages.WorkbookNoWorkbookPart, path);
        var workbook = Guard(() => _workbook.Workbook, null);
        _date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;
        _sheets = [.. (workbook.Sheets?.Elements<Sheet>() ?? []).Select(s => (
            Name: s.Name?.Value ?? string.Empty,
            Id: s.Id?.Value ?? string.Empty,
            Hidden: s.State is { } state && state.Value != SheetStateValues.Visible))];
    }

    /// <summary>The sheets' names in the workbook's order.</summary>
    public IReadOnlyList<string> SheetNames => [.. _sheets.Select(s => s.Name)];

    /// <summary>Opens a workbook file.</summary>
    /// <exception cref="PlanInputException">The file is not a workbook SdgMap reads.</exception>
    public static WorkbookSheets Open(string path, PlanLimits? limits = null)
    {
        limits ??= PlanLimits.Default;
        return Opened(WorkbookFile.Open(path, limits), path, limits);
    }

    /// <summary>Opens a workbook from a stream; <paramref name="path"/> names it in messages.</summary>
    /// <exception cref="PlanInputException">The stream is not a workbook SdgMap reads.</exception>
    public static WorkbookSheets Open(Stream input, string? path, PlanLimits? limits = null)
    {
        limits ??= PlanLimits.Default;
        return Opened(WorkbookFile.Open(input, path, limits), path, limits);
    }

    private static WorkbookSheets Opened(SpreadsheetDocument document, string? path, PlanLimits limits)
    {
        try
        {
            return new WorkbookSheets(document, path, limits);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The sheet named <paramref name="name"/>, or the first visible sheet when it is null, as the source its problems name.</summary>
    /// <exception cref="PlanInputException">There is no such sheet, or it is not a worksheet (a chart).</exception>
    public TableSource Source(string? name) => new() { Path = _path, Sheet = Pick(name).Name };

    /// <summary>The rows of a sheet (<see cref="Source"/>), top down, read lazily; blank rows are included.</summary>
    /// <exception cref="PlanInputException">The sheet is damaged, goes past a limit, or a cell holds an error value or a formula with no saved value; the message names the cell.</exception>
    public IEnumerable<TableRow> Rows(string? name)
    {
        var (sheetName, part) = Pick(name);
        var source = new TableSource { Path = _path, Sheet = sheetName };
        var merges = Merges(part, source);
        return Read(part, source, merges);
    }

    public void Dispose() => _document.Dispose();

    private (string Name, WorksheetPart Part) Pick(string? name)
    {
        if (_sheets.Count == 0)
        {
            throw new PlanInputException(ExcelMessages.WorkbookNoSheets, _path);
        }

        var sheet = name is null
            ? _sheets.FirstOrDefault(s => !s.Hidden) is { Name: not null } visible && visible.Id is not null ? visible : _sheets[0]
            : _sheets.FirstOrDefault(s => s.Name == name) is { Id: not null } found ? found
            : _sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { Id: not null } folded ? folded
            : throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookNoSuchSheet, name, string.Join(Messages.ListSeparator, _sheets.Select(s => Localized.Format(Messages.Quoted, s.Name)))), _path);
        var part = Guard(() => _workbook.TryGetPartById(sheet.Id, out var p) ? p : null, sheet.Name);
        return part is WorksheetPart worksheet
            ? (sheet.Name, worksheet)
            : throw new PlanInputException(part is null ? ExcelMessages.SheetPartMissing : ExcelMessages.SheetIsChart, _path) { Sheet = sheet.Name };
    }

    /// <summary>The sheet's merged ranges (they follow the cells in the file, so they are read first, skipping the cells).</summary>
    private List<(int Row1, int Column1, int Row2, int Column2)> Merges(WorksheetPart part, TableSource source)
    {
        var merges = new List<(int, int, int, int)>();
        Guard(() =>
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SheetData) && reader.IsStartElement)
                {
                    reader.Skip();
                }

                if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    var reference = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? string.Empty;
                    var parts = reference.Split(':');
                    if (merges.Count == MaxMerges)
                    {
                        throw new PlanInputException(Localized.Format(ExcelMessages.SheetTooManyMerges, MaxMerges), _path) { Sheet = source.Sheet };
                    }

                    if (parts.Length == 2 && Reference(parts[0]) is { } from && Reference(parts[1]) is { } to && from.Row <= to.Row && from.Column <= to.Column)
                    {
                        merges.Add((from.Row, from.Column, to.Row, to.Column));
                    }
                    else
                    {
                        throw new PlanInputException(Localized.Format(ExcelMessages.SheetBadMerge, reference), _path) { Sheet = source.Sheet };
                    }
                }
            }

            return 0;
        }, source.Sheet);
        merges.Sort();
        return merges;
    }

    private IEnumerable<TableRow> Read(WorksheetPart part, TableSource source, List<(int Row1, int Column1, int Row2, int Column2)> merges)
    {
        using var reader = Guard(() => OpenXmlReader.Create(part), source.Sheet);
        var next = 1;
        var pending = 0;
        var active = new List<(int Row2, int Column, string Value)>();
        while (NextRow(reader, source) is { } row)
        {
            var number = row.RowIndex?.Value is { } index ? (long)index : next;
            if (number < next || number > MaxRows)
            {
                throw new PlanInputException(number > MaxRows
                    ? Localized.Format(ExcelMessages.SheetRowPastLast, number, MaxRows)
                    : Localized.Format(ExcelMessages.SheetRowOutOfOrder, number, next - 1), _path) { Sheet = source.Sheet, Row = (int)Math.Min(number, int.MaxValue) };
            }

            var r = (int)number;
            next = r + 1;
            var cells = Cells(row, r, source);

            // A merged cell's value belongs to every row of its range (a policy merged over its measures'
            // rows), in the range's first column; a row with nothing of its own (a spacer) stays blank.
            active.RemoveAll(a => a.Row2 < r);
            var own = cells.Count;
            for (; pending < merges.Count && merges[pending].Row1 <= r; pending++)
            {
                var m = merges[pending];
                if (m.Row1 == r && m.Row2 > r && m.Column1 < cells.Count && cells[m.Column1].Length > 0)
                {
                    active.Add((m.Row2, m.Column1, cells[m.Column1]));
                }
            }

            if (own > 0)
            {
                foreach (var (_, column, value) in active)
                {
                    if (column >= _limits.MaxColumns)
                    {
                        continue;
                    }

                    while (cells.Count <= column)
                    {
                        cells.Add(string.Empty);
                    }

                    if (cells[column].Length == 0)
                    {
                        cells[column] = value;
                    }
                }
            }

            yield return new TableRow { Number = r, Cells = cells };
        }
    }

    private Row? NextRow(OpenXmlReader reader, TableSource source) => Guard(() =>
    {
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                return (Row)reader.LoadCurrentElement()!;
            }
        }

        return null;
    }, source.Sheet);

    /// <summary>A row's cell texts from column A to its last non-blank cell.</summary>
    private List<string> Cells(Row row, int r, TableSource source)
    {
        var cells = new List<string>();
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            if (cell.CellReference?.Value is { } reference)
            {
                column = Reference(reference) is { } at && at.Row == r
                    ? at.Column
                    : throw new PlanInputException(Localized.FormatInvariant(ExcelMessages.SheetCellOfOtherRow, r, reference), _path) { Sheet = source.Sheet, Row = r };
            }

            var text = Text(cell, r, column, source);
            if (text.Length > 0)
            {
                if (column >= _limits.MaxColumns)
                {
                    throw new PlanInputException(Localized.Format(ExcelMessages.CellPastColumns, _limits.MaxColumns), _path) { Sheet = source.Sheet, Row = r, Cell = TableSource.CellName(r, column) };
                }

                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(text);
            }

            column++;
        }

        return cells;
    }

    /// <summary>A cell's text as Excel shows it.</summary>
    private string Text(Cell cell, int r, int column, TableSource source)
    {
        PlanInputException Wrong(string problem) => new(problem, _path) { Sheet = source.Sheet, Row = r, Cell = TableSource.CellName(r, column) };
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItem(inline) : string.Empty;
        }

        if (value is null)
        {
            return cell.CellFormula is { } formula
                ? throw Wrong(Localized.Format(ExcelMessages.CellFormulaWithoutValue, formula.Text))
                : string.Empty;
        }

        if (type == CellValues.SharedString)
        {
            var strings = SharedStrings(source);
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length
                ? strings[i]
                : throw Wrong(Localized.Format(ExcelMessages.CellMissingSharedString, value, strings.Length));
        }

        if (type == CellValues.Boolean)
        {
            return value.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error)
        {
            throw Wrong(Localized.Format(ExcelMessages.CellErrorValue, value, cell.CellFormula is { } f ? Localized.Format(ExcelMessages.CellErrorFormula, f.Text) : string.Empty));
        }

        if (type == CellValues.String)
        {
            return CellText.Decode(value);
        }

        if (type == CellValues.Date)
        {
            return value.EndsWith("T00:00:00", StringComparison.Ordinal) ? value[..^9] : value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw Wrong(Localized.Format(ExcelMessages.CellNotNumber, value));
        }

        var styles = DateStyles(source);
        return cell.StyleIndex?.Value is { } style && style < styles.Length && styles[style] && CellText.Date(number, _date1904) is { } date
            ? date
            : CellText.Number(number);
    }

    /// <summary>A string item's text: its own text or its runs', without the phonetic guide (furigana) Japanese Excel stores beside it.</summary>
    private static string StringItem(OpenXmlElement item)
    {
        var text = item.GetFirstChild<CellString>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
        return CellText.Decode(text);
    }

    private string[] SharedStrings(TableSource source) => _sharedStrings ??= Guard<string[]>(() =>
    {
        var part = _workbook.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(StringItem(reader.LoadCurrentElement()!));
            }
        }

        return strings.ToArray();
    }, source.Sheet);

    /// <summary>For each cell style, whether its number format shows a date.</summary>
    private bool[] DateStyles(TableSource source) => _dateStyles ??= Guard<bool[]>(() =>
    {
        var stylesheet = _workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet is null)
        {
            return [];
        }

        var codes = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value);
        return [.. (stylesheet.CellFormats?.Elements<CellFormat>() ?? []).Select(f => f.NumberFormatId?.Value is { } id && CellText.IsDateFormat(id, codes.GetValueOrDefault(id)))];
    }, source.Sheet);

    /// <summary>A cell reference (<c>B7</c>) as a 1-based row and 0-based column; null when it is none.</summary>
    internal static (int Row, int Column)? Reference(string text)
    {
        var i = 0;
        var column = 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > MaxSheetColumns)
            {
                return null;
            }
        }

        return i > 0 && i < text.Length && int.TryParse(text.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= MaxRows
            ? (row, column - 1)
            : null;
    }

    /// <summary>Runs a read of the package, turning what a damaged or hostile part throws into a message naming the file and sheet.</summary>
    private T Guard<T>(Func<T> read, string? sheet)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || e.Message.Contains("exceed", StringComparison.OrdinalIgnoreCase))
        {
            throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookInflatesPastLimit, _limits.MaxFileBytes), _path, innerException: e) { Sheet = sheet };
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or OpenXmlPackageException or IOException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new PlanInputException(Localized.Format(ExcelMessages.WorkbookDamaged, e.Message.TrimEnd('.')), _path, innerException: e) { Sheet = sheet };
        }
    }
}
