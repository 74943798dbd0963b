using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellString = DocumentFormat.OpenXml.Spreadsheet.Text;
using SdgMap.Catalog;

namespace SdgMap.Excel;

/// <summary>What a table's sheet looks like besides its cells.</summary>
internal sealed record SheetLayout
{
    /// <summary>The sheet's name.</summary>
    public required string Name { get; init; }

    /// <summary>Lines above the header (a title), one cell each.</summary>
    public IReadOnlyList<string> Above { get; init; } = [];

    /// <summary>The 1-based row of the header.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>Columns holding SDG ids (<c>3.8;11</c>): each id is written in its goal's official colour.</summary>
    public IReadOnlySet<int> SdgColumns { get; init; } = new HashSet<int>();

    /// <summary>A column whose cells get a drop-down of these marks (data validation).</summary>
    public (int Column, IReadOnlyList<string> Marks)? DropDown { get; init; }
}

/// <summary>
/// Writes one table as a workbook of one sheet: the header bold on grey and frozen, columns as
/// wide as their text (East Asian characters count twice), SDG ids in their goals' colours, an
/// optional drop-down column. Text is written as text (never a formula); a cell is written as a
/// number only when Excel shows that number as exactly the same text, so reading gives it back.
/// </summary>
internal static class WorkbookWriter
{
    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint GoalStyles = 3;
    private const double MaxWidth = 60;

    public static void Write(Stream output, SheetLayout layout, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        // The package is built in memory: it needs a stream it can read back and seek, which a file being replaced or a pipe is not.
        using var buffer = new MemoryStream();
        Build(buffer, layout, headers, rows);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Build(Stream output, SheetLayout layout, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = layout.HeaderRow, TopLeftCell = $"A{layout.HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { WorkbookViewId = 0 }));
            writer.WriteElement(Widths(headers, rows));
            writer.WriteStartElement(new SheetData());
            for (var a = 0; a < layout.Above.Count; a++)
            {
                writer.WriteElement(new Row(TextCell(layout.Above[a], a + 1, 0, 0)) { RowIndex = (uint)(a + 1) });
            }

            var header = layout.HeaderRow;
            writer.WriteElement(new Row(headers.Select((h, c) => TextCell(h, header, c, HeaderStyle))) { RowIndex = (uint)header });
            for (var r = 0; r < rows.Count; r++)
            {
                var number = header + 1 + r;
                writer.WriteElement(new Row(rows[r].Select((text, c) => layout.SdgColumns.Contains(c) ? SdgCell(text, number, c) : ValueCell(text, number, c)).Where(c => c is not null).Cast<Cell>()) { RowIndex = (uint)number });
            }

            writer.WriteEndElement();
            if (layout.DropDown is var (column, marks))
            {
                var letters = Serialization.TableSource.ColumnLetters(column);
                writer.WriteElement(new DataValidations(new DataValidation(new Formula1($"\"{string.Join(',', marks)}\""))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = "採否",
                    Error = $"{string.Join(" / ", marks)} のどれかを選ぶか、空欄のままにしてください。",
                    SequenceOfReferences = new ListValue<StringValue>([$"{letters}{header + 1}:{letters}{Math.Max(header + 1, header + rows.Count)}"]),
                })
                { Count = 1 });
            }

            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = SheetName(layout.Name), SheetId = 1, Id = workbook.GetIdOfPart(sheetPart) }));
        workbook.Workbook.Save();
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    internal static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c)]).Trim('\'');
        clean = clean.Length > 31 ? clean[..31] : clean;
        return clean.Length == 0 ? "Sheet1" : clean;
    }

    private static Columns Widths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = new Columns();
        for (var c = 0; c < headers.Count; c++)
        {
            var widest = rows.Select(r => c < r.Count ? r[c] : string.Empty).Prepend(headers[c])
                .SelectMany(t => t.Split('\n')).Select(SdgMap.Text.DisplayWidth.Of).DefaultIfEmpty(0).Max();
            var width = Math.Clamp(widest + 2, 6, MaxWidth);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static Cell TextCell(string text, int row, int column, uint style) => new()
    {
        CellReference = Serialization.TableSource.CellName(row, column),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new CellString(CellText.Encode(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    private static Cell? ValueCell(string text, int row, int column)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && CellText.Number(number) == text
            ? new Cell { CellReference = Serialization.TableSource.CellName(row, column), CellValue = new CellValue(text) }
            : TextCell(text, row, column, text.Contains('\n', StringComparison.Ordinal) ? TextStyle : 0);
    }

    /// <summary>SDG ids each in its goal's colour: one goal fills the cell with its colour, several colour each id's text.</summary>
    private static Cell? SdgCell(string text, int row, int column)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split(';');
        var goals = parts.Select(p => SdgId.TryParse(p, out var id, out _) && id.Goal is >= 1 and <= SdgCatalog.GoalCount ? id.Goal : 0).ToArray();
        if (goals.Distinct().Count() == 1 && goals[0] > 0)
        {
            return TextCell(text, row, column, GoalStyles + (uint)goals[0] - 1);
        }

        var inline = new InlineString();
        for (var i = 0; i < parts.Length; i++)
        {
            var run = new Run(new CellString(CellText.Encode(i < parts.Length - 1 ? parts[i] + ";" : parts[i])) { Space = SpaceProcessingModeValues.Preserve });
            if (goals[i] > 0)
            {
                run.RunProperties = new RunProperties(new Bold(), new Color { Rgb = "FF" + Colour(goals[i]) });
            }

            inline.Append(run);
        }

        return new Cell { CellReference = Serialization.TableSource.CellName(row, column), DataType = CellValues.InlineString, InlineString = inline };
    }

    private static string Colour(int goal) => SdgCatalog.Default.Goal(SdgId.ForGoal(goal)).Colour.TrimStart('#').ToUpperInvariant();

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "游ゴシック" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "游ゴシック" }),
            new Font(new Bold(), new Color { Rgb = "FFFFFFFF" }, new FontSize { Val = 11 }, new FontName { Val = "游ゴシック" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }));
        for (var g = 1; g <= SdgCatalog.GoalCount; g++)
        {
            fills.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + Colour(g) }) { PatternType = PatternValues.Solid }));
        }

        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { ApplyAlignment = true });
        for (var g = 1; g <= SdgCatalog.GoalCount; g++)
        {
            formats.Append(new CellFormat { FontId = 2, FillId = (uint)(2 + g), ApplyFont = true, ApplyFill = true });
        }

        return new Stylesheet(fonts, fills, new Borders(new Border()), new CellStyleFormats(new CellFormat()), formats);
    }
}
