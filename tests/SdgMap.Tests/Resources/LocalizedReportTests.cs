using System.Globalization;
using SdgMap.Catalog;
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Tests.Resources;

/// <summary>The HTML report's own words come from the resources in the report's language, and so do the messages it quotes.</summary>
public class LocalizedReportTests
{
    private static readonly PlanGraph Graph = PlanGraph.Build(
    [
        new Plan
        {
            Id = "r",
            Municipality = new Municipality { Name = "架空市" },
            Title = "計画",
            Levels = [new PlanLevel { Name = "政策" }, new PlanLevel { Name = "施策" }],
            Elements =
            [
                new PlanElement { Id = "1", Level = "政策", Title = "安心", Sdg = [SdgId.Parse("3.8")] },
                new PlanElement { Id = "1-1", Level = "施策", Parent = "1" },
                new PlanElement { Id = "1-2", Level = "施策", Title = "学び", Parent = "1", Sdg = [SdgId.Parse("4.1")] },
            ],
        },
    ]);

    private static string Report(ReportLanguage language) => PlanReport.ToHtml(Graph, new PlanReportOptions { Language = language });

    [Theory]
    [InlineData(ReportLanguage.Japanese, "<html lang=\"ja\">", "<h2>計画の概要</h2>", "<h3>SDGs リンクのない要素</h3>", "原典に記載なし")]
    [InlineData(ReportLanguage.English, "<html lang=\"en\">", "<h2>Overview</h2>", "<h3>Elements without an SDG link</h3>", "none declared in the source")]
    public void Report_SpeaksItsLanguage_InHeadingsLabelsAndTheLangAttribute(ReportLanguage language, string html, string heading, string unlinked, string cause)
    {
        var report = Report(language);
        Assert.StartsWith("<!DOCTYPE html>\n" + html, report, StringComparison.Ordinal);
        Assert.Contains(heading, report, StringComparison.Ordinal);
        Assert.Contains(unlinked, report, StringComparison.Ordinal);
        Assert.Contains(cause, report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", ReportLanguage.English, "(no title)", "（名称なし）")]
    [InlineData("en", ReportLanguage.Japanese, "（名称なし）", "(no title)")]
    public void Report_QuotesMessagesInItsLanguage_NotTheUiCultures_AndPutsTheCultureBack(string uiCulture, ReportLanguage language, string quoted, string other)
    {
        using var _ = UiCulture.Use(uiCulture);
        var report = Report(language);
        Assert.Contains(quoted, report, StringComparison.Ordinal);
        Assert.DoesNotContain(other, report, StringComparison.Ordinal);
        Assert.Equal(uiCulture, CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public void Notes_FillTheirNumbers_InEitherLanguage()
    {
        Assert.Contains("1 計画、3 要素。", Report(ReportLanguage.Japanese), StringComparison.Ordinal);
        Assert.Contains("1 plans, 3 elements.", Report(ReportLanguage.English), StringComparison.Ordinal);
    }
}
