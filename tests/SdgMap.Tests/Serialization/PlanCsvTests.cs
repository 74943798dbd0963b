using System.Text;
using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Serialization;

public class PlanCsvTests
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "gen-plan", Municipality = new Municipality { Name = "架空市", NameEn = "Kaku", Code = "112283" }, Title = "計画" };

    /// <summary>What the flat table holds of a plan, exactly (text untrimmed); everything else is not expected back.</summary>
    private static Plan TableView(Plan plan) => new()
    {
        Id = Header.Id,
        Municipality = Header.Municipality,
        Title = Header.Title,
        Levels = plan.Levels,
        Elements = [.. plan.Elements.Select(e => new PlanElement
        {
            Id = e.Id,
            Code = e.Code,
            Level = e.Level,
            Title = e.Title,
            Parent = e.Parent,
            Sdg = e.Sdg,
            Tags = e.Tags,
            Priority = e.Priority,
            Description = e.Description,
            Suggested = e.Suggested,
            Kpis = [.. e.Kpis.Select((k, n) => new Kpi
            {
                Id = $"{e.Id}/k{n + 1}",
                Name = k.Name,
                Unit = k.Unit,
                Baseline = Measure(k.Baseline),
                Target = Measure(k.Target),
            })],
        })],
    };

    private static KpiMeasurement? Measure(KpiMeasurement? m) =>
        m is null || (m.Value is null && m.FiscalYear is null) ? null : new KpiMeasurement { Value = m.Value, FiscalYear = m.FiscalYear };

    private static string ToCsv(Plan plan)
    {
        var writer = new StringWriter();
        PlanCsv.Write(plan, writer);
        return writer.ToString();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public bool RoundTrip_KeepsWhatTheTableHolds(Plan plan)
    {
        var view = TableView(plan);
        var back = PlanCsv.Parse(ToCsv(view), Header);
        var expectedLevels = view.Levels.Where(l => view.Elements.Any(e => e.Level == l.Name)).Select(l => l.Name).ToHashSet();
        return back.Elements.SequenceEqual(view.Elements) && back.Levels.Select(l => l.Name).ToHashSet().SetEquals(expectedLevels);
    }

    [Fact]
    public void RoundTrip_KeepsSuggestionsWithMethodScoreAndEvidence_AndTheGraphShowsThem()
    {
        var suggested = new SuggestedLinks
        {
            Sdg =
            [
                new SuggestedSdgLink
                {
                    Id = SdgMap.Catalog.SdgId.Parse("3.8"),
                    By = "sdgmap 1.0",
                    Confidence = 0.82,
                    Method = "lexicon",
                    Evidence = [new SuggestionEvidence { Field = "title", Start = 0, Length = 4, Text = "地域医療", Matched = "地域医療 (lexicon 3.8)" }],
                },
            ],
        };
        var plan = new Plan
        {
            Id = Header.Id,
            Municipality = Header.Municipality,
            Title = Header.Title,
            Levels = [new PlanLevel { Name = "施策" }],
            Elements = [new PlanElement { Id = "1", Level = "施策", Title = "地域医療の充実", Suggested = suggested }],
        };
        var csv = ToCsv(plan);
        Assert.Contains(",suggested\r\n", csv, StringComparison.Ordinal);
        var back = PlanCsv.Parse(csv, Header);
        Assert.Equal(suggested, back.Elements[0].Suggested);

        var link = Assert.Single(SdgMap.Graph.PlanGraph.Build([back]).SdgLinksOf(new SdgMap.Graph.ElementNode(Header.Id, "1"), includeSuggested: true));
        Assert.Equal((LinkProvenance.Suggested, 0.82, "lexicon"), (link.Provenance, link.Suggestion!.Confidence, link.Suggestion.Method));
        Assert.Equal("地域医療", Assert.Single(link.Suggestion.Evidence).Text);
    }

    [Fact]
    public void Write_PlanWithoutSuggestions_HasNoSuggestedColumn()
    {
        var plan = new Plan
        {
            Id = Header.Id,
            Municipality = Header.Municipality,
            Title = Header.Title,
            Levels = [new PlanLevel { Name = "施策" }],
            Elements = [new PlanElement { Id = "1", Level = "施策", Title = "地域医療の充実" }],
        };
        Assert.DoesNotContain("suggested", ToCsv(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SuggestedCellThatIsNotTheFormatsJson_NamesTheRowColumnAndElement()
    {
        var e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse("id,level,title,suggested\n1-1,施策,地域医療,\"{\"\"sdg\"\": 3}\"\n", Header));
        Assert.Equal(2, e.Row);
        Assert.Equal("1-1", e.ElementId);
        Assert.Contains("suggested", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SdgMap.", e.Message, StringComparison.Ordinal);
    }

    // Found by the fuzzer: the framework's NFKC throws ArgumentException on U+FFFE, which reached
    // PlanCsv through a header cell.
    [Fact]
    public void Parse_NoncharacterInHeaderOrCell_DoesNotEscapeAsArgumentException()
    {
        var section = Assert.Single(Assert.Single(PlanCsv.Parse("level,title,x\uFFFE\n施策,地域医療,1\n", Header).Elements).Sections);
        Assert.Equal(("x\uFFFE", "1"), (section.Label, section.Text));
        var plan = PlanCsv.Parse("level,title,code\n施策,地域\uFFFE医療,1\uFFFE\n", Header);
        Assert.Equal("地域\uFFFE医療", Assert.Single(plan.Elements).Title);
    }

    [Fact]
    public void Write_HasBomCrlfAndNeutralisedFormulas()
    {
        var plan = new Plan
        {
            Id = "x",
            Municipality = new Municipality { Name = "市" },
            Title = "t",
            Levels = [new PlanLevel { Name = "施策" }],
            Elements = [new PlanElement { Id = "1", Level = "施策", Title = "=cmd|' /C calc'!A0", Description = "一行目\n二行目" }],
        };
        var csv = ToCsv(plan);
        Assert.StartsWith("\uFEFFid,code,level,title", csv, StringComparison.Ordinal);
        Assert.Contains("1,,施策,'=cmd|' /C calc'!A0,,,,,\"一行目\n二行目\",", csv, StringComparison.Ordinal);
        Assert.Equal("=cmd|' /C calc'!A0", PlanCsv.Parse(csv, Header).Elements[0].Title);
    }

    [Fact]
    public void Read_ShiftJis_AsWritten_ByExcel()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "code,level,title,parent,sdg\r\n１,政策,安心なまち,,\r\n１－１,施策,医療の充実,1,3.8;ＳＤＧ３\r\n";
        var plan = PlanCsv.Parse(PlanCsv.Decode(Encoding.GetEncoding(932).GetBytes(text)), Header);
        Assert.Equal(["1", "1-1"], plan.Elements.Select(e => e.Id));
        Assert.Equal("医療の充実", plan.Elements[1].Title);
        Assert.Equal(["3.8", "3"], plan.Elements[1].Sdg.Select(s => s.ToString()));
        Assert.Equal(["政策", "施策"], plan.Levels.Select(l => l.Name));
    }

    [Fact]
    public void Read_ExtraKpiRows_AddKpis()
    {
        var text = "id,level,title,kpi,unit,baseline,baselineYear,target,targetYear\n7-1,施策,地域,参加率,%,40,2021,50,2027\n7-1,,,設立数,団体,,,,\n";
        var kpis = PlanCsv.Parse(text, Header).Elements.Single().Kpis;
        Assert.Equal(["7-1/k1", "7-1/k2"], kpis.Select(k => k.Id));
        Assert.Equal("40", kpis[0].Baseline!.Value);
        Assert.Equal(2027, kpis[0].Target!.FiscalYear);
    }

    [Fact]
    public void PlanningOfficeTable_WithJapaneseHeaders_Imports()
    {
        var plan = PlanCsv.Load(Path.Combine(RepoPaths.Root, "examples", "planning-office", "kaku-town-plan.csv"), Header);
        Assert.Equal(["1", "1-1", "1-2", "1-2-1", "2", "2-1", "2-2"], plan.Elements.Select(e => e.Id));
        Assert.Equal(["政策", "施策", "基本事業"], plan.Levels.Select(l => l.Name));
        var measure = plan.Elements[1];
        Assert.Equal(("１－１", "1", true), (measure.Code, measure.Parent, measure.Priority));
        Assert.Equal(["かかりつけ医がいる市民の割合", "救急搬送の平均所要時間"], measure.Kpis.Select(k => k.Name));
        Assert.Equal("1-2", plan.Elements[3].Parent);
        Assert.StartsWith("=HYPERLINK", plan.Elements[6].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportEditInShiftJisImport_ChangesOnlyTheEdit()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var original = PlanCsv.Load(Path.Combine(RepoPaths.Root, "examples", "planning-office", "kaku-town-plan.csv"), Header);
        var exported = ToCsv(original).TrimStart('\uFEFF').Replace("介護予防と生活支援の推進", "介護予防と生活支援の一体的な推進", StringComparison.Ordinal);
        var edited = PlanCsv.Parse(PlanCsv.Decode(Encoding.GetEncoding(932).GetBytes(exported)), Header);
        var expected = original with { Elements = [.. original.Elements.Select(e => e.Id == "1-2" ? e with { Title = "介護予防と生活支援の一体的な推進" } : e)] };
        Assert.Equal(expected.Elements, edited.Elements);
    }

    [Fact]
    public void Read_TitleAndBlankRowsAboveTheHeader_AreKeptAbove_NotRead()
    {
        var plan = PlanCsv.Parse("架空町総合計画 施策一覧,,\n令和8年4月現在,,\n,,\n階層,名称,重点\n施策,地域医療,○\n,,\n施策,介護予防,\n", Header);
        Assert.Equal(["地域医療", "介護予防"], plan.Elements.Select(e => e.Title));
        Assert.Equal(["架空町総合計画 施策一覧", "令和8年4月現在"], plan.Source!.Table!.Above);
        Assert.Equal(4, plan.Source.Table.HeaderRow);
    }

    [Fact]
    public void ExportThenImport_KeepsUnknownColumnsHeadersOrderAndMarksAsWritten()
    {
        var text = "\uFEFF番号,区分,事業名,備考,重点,担当課\r\n1,政策,安心なまち,,,\r\n1-1,施策,地域医療,救急と連携,◎,健康課\r\n1-2,施策,介護予防,,✓,\r\n1-3,施策,見守り,,✓,福祉課\r\n";
        var plan = PlanCsv.Parse(text, Header);
        Assert.Equal([false, true, true, true], plan.Elements.Select(e => e.Priority));
        Assert.Equal([("備考", "救急と連携"), ("担当課", "健康課")], plan.Elements[1].Sections.Select(s => (s.Label!, s.Text)));
        Assert.Equal(text, ToCsv(plan));
    }

    [Fact]
    public void ExportOfAPlanNotFromATable_WritesTheDefaultColumns_AndImportRecordsNoLayout()
    {
        var plan = PlanCsv.Parse("level,title,priority\n施策,a,1\n", Header) with { Source = null };
        var csv = ToCsv(plan);
        Assert.StartsWith("\uFEFF" + string.Join(',', PlanCsv.Columns.Where(c => c != "suggested")) + "\r\n", csv, StringComparison.Ordinal);
        Assert.Null(PlanCsv.Parse(csv, Header).Source);
    }

    [Theory]
    [InlineData("level,title,sdg\n施策,a,16.11\n", "row 2, column sdg: '16.11' is not an SDG target")]
    [InlineData("level,title,備考,備考\n施策,a,1,2\n", "column '備考' appears twice")]
    [InlineData("level,title,,x\n施策,a,1,2\n", "row 2: column 3 has no header but holds '1'")]
    [InlineData("部署一覧\n総務課,企画課\n", "the header has no 'level' column")]
    [InlineData("level\n施策\n", "no 'title' column")]
    [InlineData("level,title\n施策,a,extra\n", "row 2 has 3 cells")]
    [InlineData("level,title\n,a\n", "row 2 (element 'row-2') has no level")]
    [InlineData("level,title,tags\n施策,a,care\n", "'care' is not a tag")]
    [InlineData("level,title,kpi,baselineYear\n施策,a,k,R3\n", "'R3' is not a Western year")]
    [InlineData("level,title\n施策,\"a\n", "quoted field is not closed")]
    [InlineData("", "the table is empty")]
    public void Read_BadTable_NamesRowAndProblem(string text, string problem)
    {
        var e = Assert.Throws<PlanInputException>(() => PlanCsv.Parse(text, Header, "plan.csv"));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("plan.csv", e.Message, StringComparison.Ordinal);
    }
}
