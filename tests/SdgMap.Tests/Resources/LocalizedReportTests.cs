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

    [Fact]
    public void EnglishReport_UnderAJapaneseUiCulture_QuotesMessagesInEnglish_AndPutsTheCultureBack()
    {
        using var _ = UiCulture.Use("ja");
        var report = Report(ReportLanguage.English);
        Assert.Contains("(no title)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("（名称なし）", report, StringComparison.Ordinal);
        Assert.Equal("ja", CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public void JapaneseReport_UnderAnEnglishUiCulture_QuotesMessagesInJapanese()
    {
        using var _ = UiCulture.Use("en");
        var report = Report(ReportLanguage.Japanese);
        Assert.Contains("（名称なし）", report, StringComparison.Ordinal);
        Assert.DoesNotContain("(no title)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_FillTheirNumbers_InEitherLanguage()
    {
        Assert.Contains("1 計画、3 要素。", Report(ReportLanguage.Japanese), StringComparison.Ordinal);
        Assert.Contains("1 plans, 3 elements.", Report(ReportLanguage.English), StringComparison.Ordinal);
    }
}
