using System.Globalization;
using System.Text;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;

namespace SdgMap.Export;

/// <summary>
/// Writes one self-contained HTML report of a graph's plans: an overview per plan, the plans ×
/// 17 goals heatmap, each plan's policies (or another level) against goals, a drill-down of the
/// 169 targets, community-care and plan-defined themes against goals, gaps, reuse across plans and
/// the suggestions waiting for review with their evidence marked in the text.
/// </summary>
/// <remarks>
/// The file holds its CSS and SVG inline, no script and no address of anything outside it (a
/// content security policy forbids loading any), so it opens from <c>file://</c> on an offline PC;
/// <c>@page</c> sets A4 landscape for printing. Every text from the plans is escaped, with control
/// and bidirectional-control characters shown as <c>\uXXXX</c>. The same graph and options give
/// the same bytes: nothing depends on the clock unless <see cref="PlanReportOptions.GeneratedAt"/>
/// is set. At national scale the report aggregates: every plan has a row in the overview, the
/// heatmap and the gap summary, but only the first <see cref="PlanReportOptions.MaxPlanSections"/>
/// plans get sections of their own, and long lists stop at <see cref="PlanReportOptions.MaxListRows"/>,
/// each with a note saying what was left out. The report's own words are .NET resources
/// (<c>Messages.resx</c>, <c>Messages.ja.resx</c>) in <see cref="PlanReportOptions.Language"/>.
/// </remarks>
public static class PlanReport
{
    /// <summary>Writes the report as UTF-8 (no byte order mark) to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PlanReportOptions.MaxPlanSections"/> is negative or <see cref="PlanReportOptions.MaxListRows"/> less than 1.</exception>
    /// <exception cref="ArgumentException"><see cref="PlanReportOptions.Level"/> is blank.</exception>
    public static void Write(PlanGraph graph, PlanReportOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var html = ToHtml(graph, options);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html));
    }

    /// <summary>The report as a string (see <see cref="Write"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="PlanReportOptions.MaxPlanSections"/> is negative or <see cref="PlanReportOptions.MaxListRows"/> less than 1.</exception>
    /// <exception cref="ArgumentException"><see cref="PlanReportOptions.Level"/> is blank.</exception>
    public static string ToHtml(PlanGraph graph, PlanReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= PlanReportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxPlanSections);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxListRows, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Level);

        // The messages a report quotes (a gap's wording, 「（名称なし）」) are read in the UI culture: for the
        // report's duration it is the report's language, so that one report speaks one language.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = ReportText.Culture(options.Language);
        try
        {
            return new ReportWriter(graph, options).Render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
