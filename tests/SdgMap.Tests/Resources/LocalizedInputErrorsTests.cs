using System.Text;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Suggestions;
using SdgMap.Tests.Excel;

namespace SdgMap.Tests.Resources;

/// <summary>Table and workbook errors read in the UI culture, still naming the file, the row or the sheet and cell.</summary>
public class LocalizedInputErrorsTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "t", Municipality = new Municipality { Name = "架空市" }, Title = "計画" };

    private static string CsvError(string culture, string table)
    {
        using var _ = UiCulture.Use(culture);
        return Assert.Throws<PlanInputException>(() => PlanCsv.Parse(table, Header, "t.csv")).Message;
    }

    private static string WorkbookError(string culture, byte[] workbook, string? sheet = null)
    {
        using var _ = UiCulture.Use(culture);
        return Assert.Throws<PlanInputException>(() => PlanWorkbook.Read(new MemoryStream(workbook), Header, "bad.xlsx", sheet)).Message;
    }

    [Theory]
    [InlineData("en", "level,title,sdg\n施策,a,16.11\n", "t.csv:2: element 'row-2': row 2, column sdg: '16.11' is not an SDG target: goal 16 has targets")]
    [InlineData("ja", "level,title,sdg\n施策,a,16.11\n", "t.csv:2: 要素「row-2」: 2行目、列「sdg」: 「16.11」はSDGのターゲットではありません。ゴール16のターゲットは16.1–16.10と16.a–16.bです。")]
    [InlineData("ja", "level,title,備考,備考\n施策,a,1,2\n", "t.csv:1: 1行目: 列「備考」が2回あります。")]
    [InlineData("ja", "部署一覧\n総務課,企画課\n", "t.csv:1: 1行目: 見出し行に列「level」（日本語の列名: 階層、区分）がありません。見出しは「部署一覧」です。")]
    [InlineData("en", "部署一覧\n総務課,企画課\n", "t.csv:1: row 1: the header has no 'level' column (nor its Japanese names: 階層, 区分); it names '部署一覧'.")]
    [InlineData("ja", "level,title\n,a\n", "t.csv:2: 2行目（要素「row-2」）に階層がありません。")]
    [InlineData("ja", "level,title,,x\n施策,a,1,2\n", "t.csv:2: 2行目: 3列目に見出しがないのに「1」があります。列に見出しを付けてください。")]
    [InlineData("ja", "level,title,kpi,baselineYear\n施策,a,k,R3\n", "2行目、列「baselineYear」: 「R3」は")]
    public void CsvTableError_ReadsInTheUiCulture_NamingFileRowAndColumn(string culture, string table, string expected) =>
        Assert.Contains(expected, CsvError(culture, table), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "r.csv:2: row 2: element '1': accept: 'maybe' is neither accept (○) nor reject (×); leave it blank to decide later.")]
    [InlineData("ja", "r.csv:2: 2行目: 要素「1」: 列「accept」: 「maybe」は採用（○）でも不採用（×）でもありません。後で決める場合は空欄にしてください。")]
    public void ReviewTableError_ReadsInTheUiCulture(string culture, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var e = Assert.Throws<PlanInputException>(() => ReviewTable.Parse("plan,element,sdg,accept\np,1,16.6,maybe\n", "r.csv"));
        Assert.Equal(expected, e.Message);
    }

    [Theory]
    [InlineData("en", "bad.xlsx: sheet '施策' cell C2: the cell holds the formula =YEAR(TODAY())+4 with no saved value;")]
    [InlineData("ja", "bad.xlsx: シート「施策」のセル C2: セルに数式 =YEAR(TODAY())+4 がありますが、保存された値がありません。")]
    public void WorkbookCellError_ReadsInTheUiCulture_NamingSheetAndCell(string culture, string expected)
    {
        var sheet = new TestSheet("施策").Row(1, "階層", "名称", "目標年度", "指標").Row(2, "施策", "a", null, "k").Set("C2", new Formula("YEAR(TODAY())+4", null));
        Assert.StartsWith(expected, WorkbookError(culture, TestWorkbook.Build(sheet)), StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookTableError_InJapanese_NamesSheetCellAndColumn()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", "a", "x");
        Assert.Equal(
            "bad.xlsx: シート「S」のセル C2: 列「C」: セルに「x」がありますが、見出し行の最後の列（B）より右にあります。列に見出しを付けるか、セルを移してください。",
            WorkbookError("ja", TestWorkbook.Build(sheet)));
    }

    [Fact]
    public void MissingSheet_InJapanese_ListsTheSheets()
    {
        var workbook = TestWorkbook.Build(new TestSheet("施策一覧").Row(1, "階層", "名称"), new TestSheet("メモ").Row(1, "x"));
        Assert.Equal("bad.xlsx: ワークブックにシート「無い」はありません。シートは「施策一覧」、「メモ」です。", WorkbookError("ja", workbook, "無い"));
    }

    [Theory]
    [InlineData("en", "bad.xlsx: this is not an .xlsx workbook")]
    [InlineData("ja", "bad.xlsx: .xlsx のワークブックではありません")]
    public void NotAWorkbook_ReadsInTheUiCulture(string culture, string expected) =>
        Assert.StartsWith(expected, WorkbookError(culture, Encoding.UTF8.GetBytes("level,title\n施策,a\n")), StringComparison.Ordinal);

    [Fact]
    public void ExcelOrEncryptedFile_InJapanese_SaysToSaveAsXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var message = WorkbookError("ja", ole);
        Assert.StartsWith("bad.xlsx: パスワードで保護された（暗号化された）ワークブックか、Excel 97–2003 の .xls", message, StringComparison.Ordinal);
        Assert.Contains("「Excel ブック (.xlsx)」として保存してください。", message, StringComparison.Ordinal);
    }
}
