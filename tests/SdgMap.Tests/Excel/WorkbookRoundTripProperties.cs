using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Hostile;

namespace SdgMap.Tests.Excel;

/// <summary>Plan → workbook → plan is the identity on what the table holds, and keeps an office's layout.</summary>
public sealed class WorkbookRoundTripProperties
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "rt", Municipality = new Municipality { Name = "架空市" }, Title = "往復" };

    /// <summary>For each table column, a Japanese header an office may write instead of the English one.</summary>
    private static readonly Dictionary<string, string> Japanese = new(StringComparer.Ordinal)
    {
        ["id"] = "ID", ["code"] = "コード", ["level"] = "階層", ["title"] = "施策名", ["parent"] = "親コード", ["sdg"] = "関連するSDGs",
        ["tags"] = "タグ", ["priority"] = "重点", ["description"] = "概要", ["kpi"] = "成果指標", ["unit"] = "単位",
        ["baseline"] = "現状値", ["baselineYear"] = "基準年度", ["target"] = "目標値", ["targetYear"] = "目標年度",
        ["suggested"] = "suggested",
    };

    private static Gen<TableLayout> LayoutGen { get; } =
        from order in Gen.Shuffle(PlanCsv.Columns.ToArray())
        from japanese in Gen.Elements(true, false).ArrayOf(PlanCsv.Columns.Count)
        from mark in Gen.Elements("○", "◎", "✓", "1", "true")
        from title in Gen.Elements<string?>(null, "架空市総合計画 施策一覧")
        select new TableLayout
        {
            Columns = [.. order.Select((f, i) => new TableColumn { Header = japanese[i] ? Japanese[f] : f, Field = f })],
            Sheet = "施策一覧",
            HeaderRow = title is null ? null : 3,
            Above = title is null ? [] : [title],
            PriorityMark = mark == "true" ? null : mark,
        };

    public static class Layouts
    {
        public static Arbitrary<TableLayout> Layout() => LayoutGen.ToArbitrary();

        public static Arbitrary<Plan> Plan() => TableRoundTripProperties.Plans.Plan();
    }

    private static Plan RoundTrip(Plan plan)
    {
        var output = new MemoryStream();
        PlanWorkbook.Write(plan, output);
        return PlanWorkbook.Read(new MemoryStream(output.ToArray()), Header, "rt.xlsx");
    }

    [Property(Arbitrary = [typeof(Layouts)], MaxTest = 100)]
    public void WriteThenRead_IsTheIdentity_OnHostileText(Plan generated)
    {
        // Only plans the reader accepts: the plan goes through its own file format first.
        var plan = PlanJson.Parse(PlanJson.ToUtf8Bytes(generated)).Plan;
        Assert.Equal(plan.Elements, RoundTrip(plan).Elements);
    }

    [Property(Arbitrary = [typeof(Layouts)], MaxTest = 100)]
    public void WriteThenRead_KeepsTheOfficesHeadersOrderAndMark(Plan generated, TableLayout layout)
    {
        var plan = PlanJson.Parse(PlanJson.ToUtf8Bytes(generated)).Plan with { Source = new PlanSource { Table = layout } };
        var back = RoundTrip(plan);
        Assert.Equal(plan.Elements, back.Elements);
        var expected = plan.Elements.Any(e => e.Priority) ? layout : layout with { PriorityMark = null };
        Assert.Equal(expected, back.Source!.Table);
    }
}
