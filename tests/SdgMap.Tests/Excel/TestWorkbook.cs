using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellString = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace SdgMap.Tests.Excel;

/// <summary>A cell value of a test sheet, stored as Excel stores it.</summary>
internal abstract record TestCell;

/// <summary>Text in the shared string table, optionally with a phonetic guide (furigana) as Japanese Excel stores it.</summary>
internal sealed record Shared(string Text, string? Phonetic = null) : TestCell;

/// <summary>Text stored in the cell itself.</summary>
internal sealed record Inline(string Text) : TestCell;

/// <summary>A number, stored as its invariant text (<c>0.30000000000000004</c> stays as written).</summary>
internal sealed record Number(string Stored) : TestCell;

/// <summary>A serial date with a date number format (yyyy/m/d, built-in 14).</summary>
internal sealed record DateSerial(double Serial) : TestCell;

/// <summary>A formula, with its saved value (a number or text) or none.</summary>
internal sealed record Formula(string Expression, string? Cached, bool CachedIsText = false) : TestCell;

/// <summary>An error value (<c>#N/A</c>).</summary>
internal sealed record ErrorValue(string Code) : TestCell;

/// <summary>One sheet of a test workbook.</summary>
internal sealed record TestSheet(string Name)
{
    public Dictionary<string, TestCell> Cells { get; } = [];

    public List<string> Merges { get; } = [];

    public bool Hidden { get; init; }

    /// <summary>Puts texts (as shared strings) in a row from column A; null leaves a cell out.</summary>
    public TestSheet Row(int row, params string?[] texts)
    {
        for (var c = 0; c < texts.Length; c++)
        {
            if (texts[c] is { } text)
            {
                Cells[SdgMap.Serialization.TableSource.CellName(row, c)] = new Shared(text);
            }
        }

        return this;
    }

    public TestSheet Set(string reference, TestCell cell)
    {
        Cells[reference] = cell;
        return this;
    }

    public TestSheet Merge(string range)
    {
        Merges.Add(range);
        return this;
    }
}

/// <summary>Builds .xlsx workbooks in memory, shaped as offices' sheets are (or as hostile ones are).</summary>
internal static class TestWorkbook
{
    public static byte[] Build(params TestSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = new List<SharedStringItem>();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Cells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
                {
                    var r = new Row { RowIndex = (uint)row.Key };
                    foreach (var (reference, cell) in row.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
                    {
                        r.Append(Cell(reference, cell, strings));
                    }

                    data.Append(r);
                }

                var worksheet = new Worksheet(data);
                if (sheet.Merges.Count > 0)
                {
                    worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet { Name = sheet.Name, SheetId = id++, Id = workbook.GetIdOfPart(part), State = sheet.Hidden ? SheetStateValues.Hidden : null });
            }

            if (strings.Count > 0)
            {
                var sst = workbook.AddNewPart<SharedStringTablePart>();
                sst.SharedStringTable = new SharedStringTable(strings);
            }
        }

        return stream.ToArray();
    }

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), System.Globalization.CultureInfo.InvariantCulture);

    private static Cell Cell(string reference, TestCell cell, List<SharedStringItem> strings)
    {
        switch (cell)
        {
            case Shared shared:
                var item = new SharedStringItem(new CellString(shared.Text) { Space = SpaceProcessingModeValues.Preserve });
                if (shared.Phonetic is { } phonetic)
                {
                    item.Append(new PhoneticRun(new CellString(phonetic)) { BaseTextStartIndex = 0, EndingBaseIndex = (uint)shared.Text.Length });
                }

                strings.Add(item);
                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            case Inline inline:
                return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new CellString(inline.Text)) };
            case Number number:
                return new Cell { CellReference = reference, CellValue = new CellValue(number.Stored) };
            case DateSerial date:
                return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            case Formula formula:
                var f = new Cell { CellReference = reference, CellFormula = new CellFormula(formula.Expression) };
                if (formula.Cached is { } cached)
                {
                    f.CellValue = new CellValue(cached);
                    f.DataType = formula.CachedIsText ? CellValues.String : null;
                }

                return f;
            case ErrorValue error:
                return new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(error.Code) };
            default:
                throw new ArgumentOutOfRangeException(nameof(cell));
        }
    }
}
