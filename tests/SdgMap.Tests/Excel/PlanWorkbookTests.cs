using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Tests.Excel;

public class PlanWorkbookTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "kaku-plan", Municipality = new Municipality { Name = "架空町" }, Title = "架空町総合計画" };

    /// <summary>
    /// A sheet laid out as planning offices lay theirs out: a title merged across the top, a date
    /// line and a blank row above the header, the policy's code merged down over its measures'
    /// rows (親コード), a 担当課 merged the same way, 備考 and 予算額 columns SdgMap does not know,
    /// ○ and ◎ for 重点, a spacer row, years as numbers and in full-width digits, a date.
    /// </summary>
    private static TestSheet OfficeSheet() => new TestSheet("施策一覧")
        .Row(1, "架空町総合計画 施策一覧").Merge("A1:I1")
        .Row(2, "令和8年4月現在")
        .Row(4, "コード", "階層", "施策名", "親コード", "関連するSDGs", "重点", "担当課", "備考", "予算額", "目標年度", "成果指標")
        .Row(5, "１", "政策", "誰もが安心して暮らせるまち")
        .Row(6, "１－１", "施策", "地域医療体制の充実", "１", "3.8;3.d", "○", "健康福祉課", "救急と連携").Set("I6", new Number("1500000")).Set("J6", new Number("2030")).Set("K6", new Shared("受診率"))
        .Row(7, "１－２", "施策", "介護予防の推進", null, "3;11", "◎", null, null).Set("I7", new Number("0.30000000000000004")).Set("J7", new Shared("２０３１")).Set("K7", new Shared("参加者数"))
        .Row(8, "１－３", "施策", "地域で支える見守り")
        .Merge("D6:D8").Merge("G6:G8")
        .Row(10, "２", "政策", "活力あるまち", null, null, null, null, null).Set("H10", new DateSerial(46113));

    private static Plan Load(params TestSheet[] sheets) =>
        PlanWorkbook.Read(new MemoryStream(TestWorkbook.Build(sheets)), Header, "plan.xlsx");

    [Fact]
    public void Read_OfficeSheet_ReadsTheTableUnderTheTitle()
    {
        var plan = Load(OfficeSheet());
        Assert.Equal(["1", "1-1", "1-2", "1-3", "2"], plan.Elements.Select(e => e.Id));
        Assert.Equal(["政策", "施策"], plan.Levels.Select(l => l.Name));
        Assert.Equal(["架空町総合計画 施策一覧", "令和8年4月現在"], plan.Source!.Table!.Above);
        Assert.Equal(4, plan.Source.Table.HeaderRow);
        Assert.Equal("施策一覧", plan.Source.Table.Sheet);
    }

    [Fact]
    public void Read_MergedParentCell_AppliesToEveryRowOfItsRange()
    {
        var plan = Load(OfficeSheet());
        Assert.Equal(["1", "1", "1"], plan.Elements.Where(e => e.Level == "施策").Select(e => e.Parent));
        Assert.Equal(["健康福祉課", "健康福祉課", "健康福祉課"], plan.Elements.Where(e => e.Level == "施策").Select(e => e.Sections.Single(s => s.Label == "担当課").Text));
        Assert.Null(plan.Elements[4].Parent);
    }

    [Fact]
    public void Read_UnknownColumns_BecomeSectionsLabelledWithTheirHeaders()
    {
        var plan = Load(OfficeSheet());
        var measure = plan.Elements[1];
        Assert.Equal([("担当課", "健康福祉課"), ("備考", "救急と連携"), ("予算額", "1500000")], measure.Sections.Select(s => (s.Label!, s.Text)));
        Assert.Equal(["code", "level", "title", "parent", "sdg", "priority", null, null, null, "targetYear", "kpi"], plan.Source!.Table!.Columns.Select(c => c.Field));
        Assert.Equal([("備考", "2026-04-01")], plan.Elements[4].Sections.Select(s => (s.Label!, s.Text)));
    }

    [Fact]
    public void Read_NumbersAndYears_AsAPersonReadsThem()
    {
        var plan = Load(OfficeSheet());
        Assert.Equal("0.3", plan.Elements[2].Sections.Single(s => s.Label == "予算額").Text);
        Assert.Equal(2030, plan.Elements[1].Kpis.Single().Target!.FiscalYear);
        Assert.Equal(2031, plan.Elements[2].Kpis.Single().Target!.FiscalYear);
        Assert.Equal(["3.8", "3.d"], plan.Elements[1].Sdg.Select(s => s.ToString()));
    }

    [Fact]
    public void Read_PriorityMarks_AreKeptAsWritten()
    {
        var plan = Load(OfficeSheet());
        Assert.Equal([false, true, true, false, false], plan.Elements.Select(e => e.Priority));
        Assert.Equal("○", plan.Source!.Table!.PriorityMark);
        Assert.Equal([("1-2", "◎")], plan.Source.Table.Marks.Select(m => (m.Element, m.Mark)));
    }

    [Fact]
    public void WriteThenRead_KeepsTheOfficesHeadersMarksColumnsAndSections()
    {
        var plan = Load(OfficeSheet());
        var output = new MemoryStream();
        PlanWorkbook.Write(plan, output);
        var back = PlanWorkbook.Read(new MemoryStream(output.ToArray()), Header, "again.xlsx");
        Assert.Equal(plan.Elements, back.Elements);
        Assert.Equal(plan.Source, back.Source);
        Assert.Equal(plan.Levels, back.Levels);
    }

    [Fact]
    public void WriteThenReadAsCsv_KeepsTheOfficesConventions()
    {
        var plan = Load(OfficeSheet());
        var csv = new StringWriter();
        PlanCsv.Write(plan, csv);
        Assert.Contains("コード,階層,施策名,親コード,関連するSDGs,重点,担当課,備考,予算額,目標年度,成果指標", csv.ToString(), StringComparison.Ordinal);
        Assert.Contains(",◎,", csv.ToString(), StringComparison.Ordinal);
        var back = PlanCsv.Parse(csv.ToString(), Header);
        Assert.Equal(plan.Elements, back.Elements);
        Assert.Equal(plan.Source!.Table! with { Sheet = null }, back.Source!.Table);
    }

    [Fact]
    public void Read_SharedStringWithFurigana_ReadsTheTextOnly()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策").Set("B2", new Shared("地域包括ケア", "チイキホウカツケア"));
        Assert.Equal("地域包括ケア", Load(sheet).Elements.Single().Title);
    }

    [Fact]
    public void Read_InlineStringsAndCachedFormulaValues_AreRead()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称", "目標年度", "指標")
            .Set("A2", new Inline("施策")).Set("B2", new Formula("\"医療\"&\"の充実\"", "医療の充実", CachedIsText: true))
            .Set("C2", new Formula("2025+5", "2030")).Set("D2", new Inline("受診率"));
        var element = Load(sheet).Elements.Single();
        Assert.Equal(("医療の充実", 2030), (element.Title, element.Kpis.Single().Target!.FiscalYear));
    }

    [Fact]
    public void Read_SheetOption_PicksTheNamedSheet_AndTheDefaultIsTheFirstVisible()
    {
        var hidden = new TestSheet("隠し") { Hidden = true }.Row(1, "階層", "名称").Row(2, "施策", "隠れた施策");
        var first = new TestSheet("一覧").Row(1, "階層", "名称").Row(2, "施策", "見える施策");
        var second = new TestSheet("別表").Row(1, "level", "title").Row(2, "施策", "別表の施策");
        var bytes = TestWorkbook.Build(hidden, first, second);
        Assert.Equal("見える施策", PlanWorkbook.Read(new MemoryStream(bytes), Header).Elements.Single().Title);
        Assert.Equal("別表の施策", PlanWorkbook.Read(new MemoryStream(bytes), Header, sheet: "別表").Elements.Single().Title);
        var e = Assert.Throws<PlanInputException>(() => PlanWorkbook.Read(new MemoryStream(bytes), Header, "plan.xlsx", sheet: "なし"));
        Assert.Contains("no sheet 'なし'; its sheets are '隠し', '一覧', '別表'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadSdgCell_NamesFileSheetAndCell()
    {
        var sheet = new TestSheet("施策一覧").Row(1, "階層", "名称", "SDGs").Row(2, "施策", "a", "18");
        var e = Assert.Throws<PlanInputException>(() => Load(sheet));
        Assert.StartsWith("plan.xlsx: sheet '施策一覧' cell C2: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("column sdg", e.Message, StringComparison.Ordinal);
        Assert.Equal(("施策一覧", "C2", 2), (e.Sheet, e.Cell, e.Row));
    }

    [Fact]
    public void Read_TextRightOfTheHeader_IsRefusedNamingTheCell_NotLost()
    {
        var sheet = new TestSheet("S").Row(1, "階層", "名称").Row(2, "施策", "a").Set("E2", new Shared("欄外のメモ"));
        var e = Assert.Throws<PlanInputException>(() => Load(sheet));
        Assert.Contains("sheet 'S' cell E2", e.Message, StringComparison.Ordinal);
        Assert.Contains("欄外のメモ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XlsxPlanReader_IsPickedByExtension_AndKeepsEachElementsRow()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sdgmap-reader-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, TestWorkbook.Build(OfficeSheet()));
        try
        {
            Assert.Equal("xlsx", PlanWorkbook.Readers.For(path).Format);
            var document = PlanWorkbook.Readers.Read(path, new PlanReadContext { Header = Header, Sheet = "施策一覧" });
            Assert.Equal([5, 6, 7, 8, 10], document.ElementRows);
            var e = Assert.Throws<PlanInputException>(() => PlanWorkbook.Readers.Read(path));
            Assert.Contains("read it with `sdgmap import`", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
