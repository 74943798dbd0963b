using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SdgMap.Catalog;
using SdgMap.Serialization;
using SdgMap.Tests.Excel;
using CellString = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace SdgMap.Tests.Cli;

/// <summary>Workbooks through the command line, as users type it: import, export --to xlsx, suggest --review x.xlsx and review apply.</summary>
public sealed class ExcelCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sdgmap-excel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    private string Copy(string municipality) => CliRun.CopyShippedPlan(_dir, municipality);

    /// <summary>Types <paramref name="text"/> into a cell of the first sheet, as a reviewer does in Excel.</summary>
    private static void Type(string path, string reference, string text)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var row = sheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex!.Value == uint.Parse(reference.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference)?.Remove();
        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new CellString(text)) };
        var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value![..1], reference[..1]) < 0);
        if (after is null)
        {
            row.PrependChild(cell);
        }
        else
        {
            after.InsertAfterSelf(cell);
        }

        sheet.Save();
    }

    [Fact]
    public void ReviewLoop_Workbook_DropDownMarksAreApplied()
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.xlsx");
        Assert.Equal(0, Run("suggest", plan, "--level", "施策", "--review", review).Code);
        using (var document = SpreadsheetDocument.Open(review, isEditable: false))
        {
            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var validation = sheet.Descendants<DataValidation>().Single();
            Assert.Equal(("\"○,×\"", "L2"), (validation.Formula1!.Text, validation.SequenceOfReferences!.InnerText!.Split(':')[0]));
            Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        }

        var rows = SdgMap.Excel.ReviewWorkbook.Read(review);
        Assert.True(rows.Count >= 2, "at least two suggestions to decide on");
        Type(review, "L2", "○");
        Type(review, "L3", "×");
        var (code, output, err) = Run("review", "apply", review, "--by", "企画課", "--on", "2026-12-01", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains(",1,1,", output, StringComparison.Ordinal);
        var after = PlanJson.Load(plan).Plan;
        var accepted = after.Elements.Single(e => e.Id == rows[0].Element);
        Assert.Contains(rows[0].Sdg!.Value, accepted.Sdg);
        Assert.Contains(after.Elements.Single(e => e.Id == rows[1].Element).Review!.Rejected, r => r.Sdg == rows[1].Sdg);
    }

    [Fact]
    public void ReviewApply_WorkbookWithAWrongMark_NamesTheCell_AndChangesNoPlan()
    {
        var plan = Copy("三郷市");
        var review = Path.Combine(_dir, "review.xlsx");
        Run("suggest", plan, "--review", review);
        Type(review, "L3", "たぶん");
        var before = File.ReadAllBytes(plan);
        var (code, _, err) = Run("review", "apply", review);
        Assert.Equal(2, code);
        Assert.Contains("review.xlsx: sheet 'レビュー' cell L3: ", err, StringComparison.Ordinal);
        Assert.Contains("column accept: 'たぶん' is neither accept (○) nor reject (×)", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }

    [Fact]
    public void ImportWorkbook_ThenExport_GivesTheOfficeItsSheetBack_AndSaysOnceWhichColumnsWereKept()
    {
        var workbook = Path.Combine(_dir, "plan.xlsx");
        File.WriteAllBytes(workbook, TestWorkbook.Build(
            new TestSheet("表紙").Row(1, "架空町総合計画"),
            new TestSheet("施策一覧").Row(1, "施策一覧").Row(3, "コード", "階層", "施策名", "親コード", "SDGs", "重点", "備考", "担当課")
                .Row(4, "1", "政策", "安心なまち").Row(5, "1-1", "施策", "地域医療", "1", "3.8", "○", "拡充", "健康課").Row(6, "1-2", "施策", "介護予防", "1", "3;11", null, null, "介護課")));
        var json = Path.Combine(_dir, "plan.json");
        var (code, _, err) = Run("import", workbook, "--sheet", "施策一覧", "--id", "kaku-plan", "--municipality", "架空町", "-o", json);
        Assert.True(code == 0, err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("info: 備考, 担当課 are not SdgMap columns", StringComparison.Ordinal));
        var plan = PlanJson.Load(json).Plan;
        Assert.Equal(("拡充", "健康課"), (plan.Elements[1].Sections[0].Text, plan.Elements[1].Sections[1].Text));

        var again = Path.Combine(_dir, "again.xlsx");
        Assert.Equal(0, Run("export", json, "--to", "xlsx", "-o", again).Code);
        var back = SdgMap.Excel.PlanWorkbook.Load(again, new PlanCsv.PlanHeader { Id = plan.Id, Municipality = plan.Municipality, Title = plan.Title });
        Assert.Equal(plan.Elements, back.Elements);
        Assert.Equal(plan.Source, back.Source);
        using var document = SpreadsheetDocument.Open(again, isEditable: false);
        Assert.Equal("施策一覧", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public void ExportXlsx_FreezesTheHeader_AndColoursSdgCellsWithTheGoalsColours()
    {
        var plan = Copy("久喜市");
        var output = Path.Combine(_dir, "plan.xlsx");
        Assert.Equal(0, Run("export", plan, "--to", "xlsx", "-o", output).Code);
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, "A2"), (pane.State!.Value, pane.TopLeftCell!.Value));
        var fills = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();
        var formats = document.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sdgColumn = (char)('A' + PlanCsv.Columns.ToList().IndexOf("sdg"));
        var coloured = sheet.Descendants<Cell>().Where(c => c.CellReference!.Value![0] == sdgColumn && c.StyleIndex is not null && c.CellReference.Value != $"{sdgColumn}1").ToList();
        Assert.NotEmpty(coloured);
        Assert.All(coloured, c =>
        {
            var goal = SdgId.Parse(c.InlineString!.InnerText.Split(';')[0]).Goal;
            var colour = fills[(int)formats[(int)c.StyleIndex!.Value].FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value;
            Assert.Equal("FF" + SdgCatalog.Default.Goals[goal - 1].Colour.TrimStart('#').ToUpperInvariant(), colour);
        });
    }

    [Fact]
    public void ExportXlsx_WithoutOutputFile_ExitsTwoAskingForOne()
    {
        var (code, _, err) = Run("export", Copy("三郷市"), "--to", "xlsx");
        Assert.Equal(2, code);
        Assert.Contains("-o plan.xlsx", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportXls_ExitsTwoSayingToSaveAsXlsx()
    {
        var xls = Path.Combine(_dir, "old.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);
        var (code, _, err) = Run("import", xls, "--id", "old", "--municipality", "架空町");
        Assert.Equal(2, code);
        Assert.Contains("old.xls: this is an encrypted (password-protected) workbook or an Excel 97–2003 .xls", err, StringComparison.Ordinal);
    }
}
