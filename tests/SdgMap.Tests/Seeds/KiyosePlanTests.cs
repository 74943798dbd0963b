using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Validation;

namespace SdgMap.Tests.Seeds;

/// <summary>Facts of 清瀬市 第5次長期総合計画 素案 (seed 002), as its text states them.</summary>
public class KiyosePlanTests
{
    private const string Id = "kiyose-5th-long-term-plan-draft-2026-2035";

    [Fact]
    public void FourVisions_TwentySevenMeasures_SeventyNineDirections()
    {
        Assert.Equal(4, SeedPlans.Count(Id, "将来像"));
        Assert.Equal(27, SeedPlans.Count(Id, "施策"));
        Assert.Equal(79, SeedPlans.Plan(Id).Elements.Count(e => SeedPlans.Plan(Id).DepthOf(e.Level) == 3));
        var perVision = SeedPlans.Plan(Id).Elements.Where(e => e.Level == "施策").GroupBy(e => e.Parent).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal([5, 9, 6, 7], new[] { "1", "2", "3", "4" }.Select(v => perVision[v]));
    }

    [Fact]
    public void SpacedAndDashedCodes_NormaliseToTheirIds()
    {
        Assert.Equal("施策 2 - 2 1 4", SeedPlans.Element(Id, "2-214").Code);
        Assert.Equal("2-214", SeedPlans.Element(Id, "2-214").NormalizedCode);
        Assert.Equal("2-221", SeedPlans.Element(Id, "2-221").NormalizedCode);
        Assert.Equal(4, SeedPlans.Plan(Id).Elements.Count(e => e.Level == "施策" && e.Code is null));
    }

    [Fact]
    public void DirectionMarks_AreKeptAsPrinted_OcrNoiseIncluded()
    {
        Assert.Equal(5, SeedPlans.Plan(Id).Elements.Count(e => e.Parent == "1-121"));
        Assert.Equal(("動", "教育環境を強化・充実させます"), (SeedPlans.Element(Id, "1-121-5").Code, SeedPlans.Element(Id, "1-121-5").Title));
        Assert.Equal("●", SeedPlans.Element(Id, "2-212-4").Code);
    }

    [Fact]
    public void CrossCuttingLabels_ListTheirMeasures()
    {
        var labels = SeedPlans.Plan(Id).Taxonomies.Single(t => t.Id == "label");
        Assert.Equal(4, labels.Terms.Count);
        var learning = labels.Terms.Single(t => t.Label == "一人ひとりの学びと学びあいの充実");
        Assert.Equal(["1-121", "1-122"], learning.Members.Select(m => m.Element));
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Taxonomy("label"), MatrixAxis.Goals, new QueryScope { Plans = [Id] });
        Assert.Equal(4, matrix.Rows.Count);
        Assert.Empty(matrix.Cells);
    }

    [Fact]
    public void VisionTitle_SpeltTwoWays_IsReported()
    {
        var vision = SeedPlans.Element(Id, "1");
        Assert.Contains(vision.Variants, v => v.Line == 33 && v.Title!.Contains("学び合い", StringComparison.Ordinal));
        var findings = PlanValidator.Validate(SeedPlans.All.Single(d => d.Plan.Id == Id));
        Assert.Contains(findings, f => f.Rule == "SDG009" && f.Element == "1");
    }

    [Fact]
    public void NoSdgMarks_InTheText_IsOnePlanLevelGap()
    {
        Assert.DoesNotContain(SeedPlans.Plan(Id).Elements, e => e.Sdg.Count > 0 || e.SdgMarks is not null);
        var gaps = SeedPlans.Graph.Gaps(scope: new QueryScope { Plans = [Id] });
        Assert.Equal(Id, gaps.Single(g => g.Kind == GapKind.PlanWithoutSdgLinks).Subject);
        Assert.All(SeedPlans.Plan(Id).Elements.Where(e => e.Level == "施策"), e => Assert.Equal("10年後の姿", e.TargetState!.Label));
    }

    [Fact]
    public void Period_IsReiwa8To17() =>
        Assert.Equal(new FiscalPeriod { FromFiscalYear = 2026, ToFiscalYear = 2035 }, SeedPlans.Plan(Id).Period);
}
