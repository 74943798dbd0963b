namespace SdgMap.Export;

/// <summary>What <see cref="PlanReport.Write"/> puts in a report.</summary>
public sealed record PlanReportOptions
{
    /// <summary>Japanese, policies (level 1) against goals, declared links only, at most 50 plans in detail.</summary>
    public static PlanReportOptions Default { get; } = new();

    /// <summary>The language of the report's own text and goal names; titles stay as printed.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Japanese;

    /// <summary>The level (name or depth) each plan's grid of elements against goals shows; <c>1</c> (the policies) by default.</summary>
    public string Level { get; init; } = "1";

    /// <summary>Whether links a tool suggested count in the heatmaps (suggested-only targets are always marked as such in the drill-downs).</summary>
    public bool IncludeSuggested { get; init; }

    /// <summary>The report's heading; by default 「SDGs 対応状況レポート」 or <c>SDG coverage report</c>.</summary>
    public string? Title { get; init; }

    /// <summary>When the report was made, printed under the heading; none by default, so the same plans give the same bytes.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>
    /// How many plans (by id) get a section of their own, with their elements against goals, their
    /// targets and their elements without links; the overview, the plans × goals heatmap and the
    /// gap summary always cover every plan. A note says when plans are left out.
    /// </summary>
    public int MaxPlanSections { get; init; } = 50;

    /// <summary>The most rows a list of elements, reuse groups or suggestions shows before a note says how many more there are.</summary>
    public int MaxListRows { get; init; } = 200;

    /// <summary>
    /// Whether to look for identical and near-identical titles across plans (the costliest part of a
    /// report: seconds at national scale). On by default; when the report covers more plans than
    /// <see cref="MaxPlanSections"/>, only titles at <see cref="Level"/> are compared.
    /// </summary>
    public bool Reuse { get; init; } = true;
}
