using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SdgMap.Catalog;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Seeds;

namespace SdgMap.Tests.Export;

public partial class PlanReportTests
{
    private static readonly Lazy<string> Shipped = new(() => PlanReport.ToHtml(SeedPlans.Graph));

    [GeneratedRegex("<svg class=\"heatmap\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex HeatmapSvg();

    [GeneratedRegex("<svg class=\"targets\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex TargetSvg();

    /// <summary>The SVGs of a kind in a report, parsed (inline SVG is written as well-formed XML).</summary>
    internal static List<XElement> Svgs(string html, Regex kind) => [.. kind.Matches(html).Select(m => XElement.Parse(m.Value))];

    private static Plan SuggestedPlan() => new()
    {
        Id = "s",
        Municipality = new Municipality { Name = "提案市" },
        Title = "提案のある計画",
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = "健康なまち", Sdg = [SdgId.Parse("3.8")] },
            new PlanElement
            {
                Id = "1-1", Code = "1-1", Level = "施策", Title = "防災と<減災>の推進", Parent = "1", Description = "地域の防災力を高める。",
                Suggested = new SuggestedLinks
                {
                    Sdg =
                    [
                        new SuggestedSdgLink
                        {
                            Id = SdgId.Parse("11.5"), By = "sdgmap", Confidence = 0.8, Method = "lexicon",
                            Evidence =
                            [
                                new SuggestionEvidence { Field = "title", Start = 0, Length = 2, Text = "防災", Matched = "lexicon sdg/11.tsv:1 防災" },
                                new SuggestionEvidence { Field = "title", Start = 3, Length = 4, Text = "<減災>", Matched = "lexicon sdg/11.tsv:2 減災" },
                                new SuggestionEvidence { Field = "description", Start = 3, Length = 3, Text = "防災力", Matched = "lexicon sdg/11.tsv:1 防災" },
                            ],
                        },
                    ],
                },
            },
        ],
    };

    [Fact]
    public void Report_ShippedPlans_SameBytesEveryTime_AndWhateverTheLoadingOrder()
    {
        var plans = SeedPlans.All.Select(d => d.Plan).ToList();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        PlanReport.Write(PlanGraph.Build(plans), PlanReportOptions.Default, first);
        PlanReport.Write(PlanGraph.Build(Enumerable.Reverse(plans)), PlanReportOptions.Default, second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes(Shipped.Value), first.ToArray());
    }

    [Fact]
    public void Report_HasNoScriptAndNoAddressOfAnythingOutsideIt()
    {
        var html = Shipped.Value;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(html.Split("href=\"")[1..], h => !h.StartsWith('#'));
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 landscape;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EveryGoalHeatmapHasSeventeenColumns_AndThePlansHeatmapTheMatrixCounts()
    {
        var heatmaps = Svgs(Shipped.Value, HeatmapSvg());
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);

        Assert.True(heatmaps.Count >= 7, $"{heatmaps.Count} heatmaps"); // plans, care, 5 plans' policies, plan themes
        Assert.All(heatmaps, h => Assert.Equal(17, h.Descendants("g").Count(g => (string?)g.Attribute("class") == "column")));
        var plans = heatmaps[0].Descendants("g").Where(g => (string?)g.Attribute("class") == "row").ToList();
        Assert.Equal(["北本市", "清瀬市", "久喜市", "三郷市", "志木市"], plans.Select(r => r.Elements("text").First().Value));
        for (var r = 0; r < plans.Count; r++)
        {
            var counts = plans[r].Elements("text").Where(t => (string?)t.Attribute("class") == "count").Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(0, 17).Select(c => matrix.Count(r, c)), counts);
        }
    }

    [Fact]
    public void Report_TargetDrillDowns_HaveSeventeenRowsOf169Targets_CountingWhatCoverageCounts()
    {
        var drills = Svgs(Shipped.Value, TargetSvg());
        Assert.Equal(1 + SeedPlans.Graph.Plans.Count, drills.Count); // all plans, then each plan
        Assert.All(drills, d =>
        {
            Assert.Equal(17, d.Elements("g").Count(g => (string?)g.Attribute("class") == "goal"));
            Assert.Equal(169, d.Descendants("g").Count(g => (string?)g.Attribute("class") == "target"));
        });

        var kuki = drills.Single(d => (string?)d.Attribute("data-plan") == "kuki-2nd-plan-basic-plan-goals-7-8-draft");
        var coverage = SeedPlans.Graph.Coverage(SdgLevel.Target, new QueryScope { Plans = ["kuki-2nd-plan-basic-plan-goals-7-8-draft"] });
        var cells = kuki.Descendants("g").Where(g => (string?)g.Attribute("class") == "target").ToDictionary(g => (string)g.Attribute("data-target")!);
        Assert.All(coverage, row =>
        {
            Assert.Equal(row.Count.ToString(CultureInfo.InvariantCulture), (string?)cells[row.Sdg.ToString()].Attribute("data-count"));
            Assert.Equal(row.Covered ? "covered" : "uncovered", (string?)cells[row.Sdg.ToString()].Attribute("data-state"));
        });
        Assert.Contains(coverage, r => r.Covered);
    }

    [Fact]
    public void Report_OverviewCountsEveryLevelOfEveryPlan()
    {
        var html = Shipped.Value;
        foreach (var level in PlanSummary.ElementsPerLevel(SeedPlans.Graph.Plans))
        {
            var row = Regex.Match(html, $"<tr data-plan=\"{Regex.Escape(level.Plan)}\" data-level=\"{Regex.Escape(level.Level)}\">.*?</tr>");
            Assert.True(row.Success, $"{level.Plan} {level.Level}");
            var numbers = Regex.Matches(row.Value, "<td class=\"n\">([0-9,]+)</td>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(level.Count.ToString("#,0", CultureInfo.InvariantCulture), numbers[0]);
        }

        // 志木市 lost its 施策' SDG marks: 20 of 20 counted as lost.
        Assert.Contains("<tr data-plan=\"shiki-future-vision-late-plan-2021-2025\" data-level=\"施策\"><td>施策</td><td class=\"n\">20</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">20</td><td class=\"n\">0</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HostileTitles_AreEscaped_AndBidiControlsShownAsCodes()
    {
        var html = PlanReport.ToHtml(PlanGraph.Build([CoverageChartTests.HostilePlan()]));

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(html, c => c is '\u202E' or '\u202C' or '\u2066' or '\u2069' or '\u0007');
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; \\u202Eevil\\u202C", html, StringComparison.Ordinal);
        Assert.All(Svgs(html, HeatmapSvg()), svg => Assert.NotNull(svg)); // every chart still well-formed
    }

    [Fact]
    public void Report_PendingSuggestions_AreListedWithTheirEvidenceMarkedInTheText()
    {
        var html = PlanReport.ToHtml(PlanGraph.Build([SuggestedPlan()]));

        Assert.Contains("id=\"suggestions\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>防災</mark>と<mark>&lt;減災&gt;</mark>の推進", html, StringComparison.Ordinal);
        Assert.Contains("地域の<mark>防災力</mark>を高める。", html, StringComparison.Ordinal);
        Assert.Contains("11.5 住み続けられるまちづくりを <span class=\"field\">(lexicon, 0.80)</span>", html, StringComparison.Ordinal);
        var drill = Svgs(html, TargetSvg()).Single(d => (string?)d.Attribute("data-plan") == "s");
        var cell = drill.Descendants("g").Single(g => (string?)g.Attribute("data-target") == "11.5");
        Assert.Equal("suggested-only", (string?)cell.Attribute("data-state"));
        Assert.Equal("covered", (string?)drill.Descendants("g").Single(g => (string?)g.Attribute("data-target") == "3.8").Attribute("data-state"));
    }

    [Fact]
    public void Report_WithoutSuggestions_HasNoSuggestionSection()
    {
        Assert.DoesNotContain("id=\"suggestions\"", Shipped.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EvidenceThatNoLongerMatchesTheText_IsShownApartInsteadOfMarkingTheWrongPassage()
    {
        var plan = SuggestedPlan();
        plan = plan with { Elements = [plan.Elements[0], plan.Elements[1] with { Title = "別の名称", Description = null }] };
        var html = PlanReport.ToHtml(PlanGraph.Build([plan]));

        Assert.Contains("<mark>防災</mark>; <mark>&lt;減災&gt;</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>別の", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MorePlansThanSections_ShowsSectionsForTheFirstOnly_WithANote()
    {
        var html = PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { MaxPlanSections = 2 });

        Assert.Equal(2, Regex.Count(html, "<section class=\"plan\""));
        Assert.Contains("最初の 2 計画（全 5 計画）", html, StringComparison.Ordinal);
        Assert.Equal(5, Svgs(html, HeatmapSvg())[0].Descendants("g").Count(g => (string?)g.Attribute("class") == "row")); // the heatmap keeps every plan
    }

    [Fact]
    public void Report_English_UsesEnglishHeadingsAndGoalNames()
    {
        var html = PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { Language = ReportLanguage.English });

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Plans × 17 goals</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">No poverty</text>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("貧困をなくそう", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_LevelByName_DrawsThatLevelForPlansThatHaveIt_AndSaysSoForTheOthers()
    {
        var html = PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { Level = "基本事業" });

        Assert.Contains("北本市: 基本事業 × ゴール", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "この計画には階層「基本事業」がありません。"));
    }

    [Fact]
    public void Report_BadOptions_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { MaxListRows = 0 }));
        Assert.Throws<ArgumentException>(() => PlanReport.ToHtml(SeedPlans.Graph, new PlanReportOptions { Level = " " }));
    }

    [Fact]
    public void GapSummary_CountsElementsWithoutLinksAsTheGapQueryDoes()
    {
        var plans = SeedPlans.Graph.Plans.Append(SuggestedPlan()).Append(CoverageChartTests.HostilePlan()).ToList();
        var graph = PlanGraph.Build(plans);
        foreach (var plan in plans)
        {
            var gaps = graph.Gaps(new GapOptions { Kinds = [GapKind.NoSdgLink, GapKind.SdgMarksLost, GapKind.PlanWithoutSdgLinks] }, new QueryScope { Plans = [plan.Id] });
            var expected = (gaps.Count(g => g.Kind == GapKind.NoSdgLink), gaps.Count(g => g.Kind == GapKind.SdgMarksLost), gaps.Any(g => g.Kind == GapKind.PlanWithoutSdgLinks));

            Assert.Equal(expected, ReportWriter.UnlinkedCounts(plan));
        }

        Assert.Equal((0, 20, false), ReportWriter.UnlinkedCounts(SeedPlans.Plan("shiki-future-vision-late-plan-2021-2025")));
    }
}
