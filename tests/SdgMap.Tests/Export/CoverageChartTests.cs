using System.Globalization;
using System.Xml.Linq;
using SdgMap.Catalog;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Seeds;

namespace SdgMap.Tests.Export;

public class CoverageChartTests
{
    internal const string Hostile = "<script>alert(\"x\")</script> & 'q' \u202Eevil\u202C \u2066iso\u2069 bell\u0007";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    internal static Plan HostilePlan() => new()
    {
        Id = "hostile",
        Municipality = new Municipality { Name = "架空市" },
        Title = Hostile,
        Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
        Elements =
        [
            new PlanElement { Id = "1", Level = "政策", Title = Hostile, Sdg = [SdgId.Parse("3")] },
            new PlanElement { Id = "1-1", Level = "施策", Title = "医療", Parent = "1", Sdg = [SdgId.Parse("3.8"), SdgId.Parse("16.6")] },
            new PlanElement { Id = "1-2", Level = "施策", Title = "介護", Parent = "1", Sdg = [SdgId.Parse("3.8")] },
        ],
    };

    private static List<XElement> Rows(XDocument svg) => [.. svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "row")];

    private static List<int> Counts(XElement row) =>
        [.. row.Elements(Svg + "text").Where(t => (string?)t.Attribute("class") == "count").Select(t => int.Parse(t.Value, CultureInfo.InvariantCulture))];

    [Fact]
    public void Heatmap_ShippedPlansByGoals_HasSeventeenGoalColumnsAndTheMatrixCountsInEveryCell()
    {
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        var svg = XDocument.Parse(CoverageChart.Heatmap(matrix));

        var columns = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "column").Select(g => (string?)g.Attribute("data-column")).ToList();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => n.ToString(CultureInfo.InvariantCulture)), columns);
        var rows = Rows(svg);
        Assert.Equal(matrix.Rows.Select(r => r.Key), rows.Select(r => (string?)r.Attribute("data-key")));
        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(Enumerable.Range(0, 17).Select(c => matrix.Count(r, c)), Counts(rows[r]));
        }

        Assert.Contains(matrix.Cells, c => c.Count > 0); // 久喜市 declares links, so some cell is not 0
    }

    [Fact]
    public void Heatmap_FillsCoveredCellsWithTheGoalsOfficialColour_AndEmptyCellsGrey()
    {
        var matrix = PlanGraph.Build([HostilePlan()]).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        var row = Rows(XDocument.Parse(CoverageChart.Heatmap(matrix))).Single();
        var fills = row.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")).ToList();

        Assert.Equal(SdgCatalog.Default.Goals[2].Colour, fills[2]);   // goal 3: three elements
        Assert.Equal(SdgCatalog.Default.Goals[15].Colour, fills[15]); // goal 16: one
        Assert.Equal("#F3F3F3", fills[0]);
        Assert.Equal([0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0], Counts(row));
        var opacity = row.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill-opacity")).ToList();
        Assert.Null(opacity[2]); // the largest count is drawn at full intensity
        Assert.True(double.Parse(opacity[15]!, CultureInfo.InvariantCulture) < 1);
    }

    [Fact]
    public void Heatmap_HostileTitles_AreEscapedAndControlAndBidiCharactersShownAsCodes()
    {
        var matrix = PlanGraph.Build([HostilePlan()]).CoverageMatrix(MatrixAxis.Level("1"), MatrixAxis.Goals);
        var text = CoverageChart.Heatmap(matrix, new HeatmapOptions { MaxLabelLength = 200, Title = Hostile });

        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is '\u202E' or '\u202C' or '\u2066' or '\u2069' or '\u0007');
        var svg = XDocument.Parse(text); // well-formed XML
        var label = Rows(svg).Single().Elements(Svg + "text").First().Value;
        Assert.Equal("<script>alert(\"x\")</script> & 'q' \\u202Eevil\\u202C \\u2066iso\\u2069 bell\\u0007", label);
        Assert.Equal(label, svg.Descendants(Svg + "text").First(t => (string?)t.Attribute("class") == "caption").Value);
    }

    [Fact]
    public void Heatmap_LongLabelsAreCutWithAnEllipsis_AndTheFullLabelKeptAsATooltip()
    {
        var matrix = PlanGraph.Build([HostilePlan()]).CoverageMatrix(MatrixAxis.Level("1"), MatrixAxis.Goals);
        var label = Rows(XDocument.Parse(CoverageChart.Heatmap(matrix, new HeatmapOptions { MaxLabelLength = 10 }))).Single().Elements(Svg + "text").First();

        Assert.Equal("<script>a…", label.Nodes().OfType<XText>().Single().Value);
        Assert.StartsWith("<script>alert(", label.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_SameMatrixFromPlansLoadedInAnotherOrder_GivesTheSameBytes()
    {
        var plans = SeedPlans.All.Select(d => d.Plan).ToList();
        var forward = CoverageChart.Heatmap(PlanGraph.Build(plans).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals));
        var backward = CoverageChart.Heatmap(PlanGraph.Build(Enumerable.Reverse(plans)).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals));

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Heatmap_JapaneseByDefault_EnglishOnRequest_WithACjkFontListEndingInSansSerif()
    {
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        var ja = XDocument.Parse(CoverageChart.Heatmap(matrix));
        var en = XDocument.Parse(CoverageChart.Heatmap(matrix, new HeatmapOptions { Language = ReportLanguage.English }));
        static List<string> Names(XDocument svg) => [.. svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "column-name").Select(t => t.Value)];

        Assert.Equal(SdgCatalog.Default.Goals.Select(g => g.ShortTitleJa), Names(ja));
        Assert.Equal(SdgCatalog.Default.Goals.Select(g => g.ShortTitleEn), Names(en));
        var font = (string)ja.Root!.Attribute("font-family")!;
        Assert.StartsWith("'Noto Sans CJK JP'", font, StringComparison.Ordinal);
        Assert.EndsWith(",sans-serif", font, StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_InsideHtml_CarriesNoNamespaceUrl()
    {
        var matrix = SeedPlans.Graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);

        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", CoverageChart.Heatmap(matrix), StringComparison.Ordinal);
        Assert.DoesNotContain("http", CoverageChart.Heatmap(matrix, new HeatmapOptions { Standalone = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void Heatmap_TargetColumns_AreColouredByTheirGoal()
    {
        var matrix = PlanGraph.Build([HostilePlan()]).CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Targets);
        var svg = XDocument.Parse(CoverageChart.Heatmap(matrix));
        var column = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-column") == "16.6");

        Assert.Equal(169, svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "column"));
        Assert.Equal(SdgCatalog.Default.Goals[15].Colour, (string?)column.Element(Svg + "rect")!.Attribute("fill"));
    }

    [Theory]
    [InlineData("#FCC30B", 1.0, "#1A1A1A")] // goal 7's yellow takes dark ink
    [InlineData("#19486A", 1.0, "#FFFFFF")] // goal 17's navy takes white
    [InlineData("#19486A", 0.2, "#1A1A1A")] // the navy faded over white takes dark ink again
    public void Ink_PicksTheColourThatContrastsMost(string fill, double alpha, string expected) =>
        Assert.Equal(expected, CoverageChart.Ink(fill, alpha));
}
