using System.Text;
using SdgMap.Catalog;
using SdgMap.Resources;

namespace SdgMap.Export;

/// <summary>A goal-by-goal drill-down to the 169 targets: 17 rows, one cell per target, marked covered, suggested-only or uncovered.</summary>
internal static class TargetChart
{
    private const double Cell = 46;
    private const double RowHeight = 38;
    private const double Pad = 8;

    /// <summary>What the drill-down shows for one target.</summary>
    internal enum State
    {
        Uncovered,
        SuggestedOnly,
        Covered,
    }

    /// <summary>
    /// The SVG; each target has a tooltip (with its text) only with <paramref name="targetTitles"/>, once per report being enough. <paramref name="declared"/> and <paramref name="suggested"/> are indexed like the
    /// catalogue's targets; the number written is declared (plus suggested when
    /// <paramref name="countSuggested"/>) and the state is covered when any declares the target,
    /// suggested-only when only suggestions name it.
    /// </summary>
    public static string Svg(SdgCatalog catalog, int[] declared, int[] suggested, bool countSuggested, ReportLanguage language, string caption, string unit, string plan, bool targetTitles)
    {
        var labelWidth = (catalog.Goals.Max(g => Markup.WidthInEms(CoverageChart.GoalName(g, language))) * 11) + 40;
        var widest = catalog.Goals.Max(g => g.Targets.Count);
        var gridLeft = Pad + labelWidth;
        var gridTop = Pad + 24;
        var width = Math.Ceiling(gridLeft + (widest * Cell) + Pad);
        var legendTop = gridTop + (catalog.Goals.Count * RowHeight) + 8;
        var height = Math.Ceiling(legendTop + 24 + Pad);
        var svg = new StringBuilder(40_000);
        svg.Append("<svg class=\"targets\" role=\"img\" width=\"").Append(Markup.Number(width)).Append("\" height=\"").Append(Markup.Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Markup.Number(width)).Append(' ').Append(Markup.Number(height))
            .Append("\" font-family=\"").Append(CoverageChart.FontFamily).Append("\" font-size=\"11\" data-plan=\"").AppendEscaped(plan)
            .Append("\" aria-label=\"").AppendEscaped(caption).Append("\">\n<text class=\"caption\" x=\"").Append(Markup.Number(Pad)).Append("\" y=\"")
            .Append(Markup.Number(Pad + 14)).Append("\" font-size=\"14\" font-weight=\"bold\">").AppendEscaped(caption).Append("</text>\n");
        var t = 0;
        for (var g = 0; g < catalog.Goals.Count; g++)
        {
            var goal = catalog.Goals[g];
            var y = gridTop + (g * RowHeight);
            svg.Append("<g class=\"goal\" data-goal=\"").Append(Markup.Number(goal.Number)).Append("\" transform=\"translate(0 ").Append(Markup.Number(y)).Append(")\" text-anchor=\"middle\">")
                .Append("<rect x=\"").Append(Markup.Number(Pad)).Append("\" y=\"2\" width=\"28\" height=\"").Append(Markup.Number(RowHeight - 4)).Append("\" fill=\"").Append(goal.Colour).Append("\"/>")
                .Append("<text x=\"").Append(Markup.Number(Pad + 14)).Append("\" y=\"24\" text-anchor=\"middle\" fill=\"#FFFFFF\" font-weight=\"bold\" font-size=\"13\">").Append(Markup.Number(goal.Number)).Append("</text>")
                .Append("<text x=\"").Append(Markup.Number(Pad + 34)).Append("\" y=\"24\" text-anchor=\"start\">").AppendEscaped(CoverageChart.GoalName(goal, language)).Append("</text>");
            for (var i = 0; i < goal.Targets.Count; i++, t++)
            {
                var target = goal.Targets[i];
                var state = declared[t] > 0 ? State.Covered : suggested[t] > 0 ? State.SuggestedOnly : State.Uncovered;
                var count = declared[t] + (countSuggested || state == State.SuggestedOnly ? suggested[t] : 0);
                var x = gridLeft + (i * Cell);
                var id = target.Id.ToString();
                var title = language == ReportLanguage.English ? target.TitleEn : target.TitleJa ?? target.TitleEn;
                svg.Append("<g class=\"target\" data-target=\"").Append(id).Append("\" data-state=\"").Append(Name(state)).Append("\" data-count=\"").Append(Markup.Number(count)).Append("\">");
                if (targetTitles)
                {
                    svg.Append("<title>").Append(id).Append(' ').AppendEscaped(Label(state, language)).Append(' ').Append(Markup.Number(count)).Append(' ').AppendEscaped(unit).Append(": ").AppendEscaped(title).Append("</title>");
                }

                var (fill, stroke, ink) = state switch
                {
                    State.Covered => (goal.Colour, goal.Colour, CoverageChart.Ink(goal.Colour, 1)),
                    State.SuggestedOnly => ("#FFFFFF", goal.Colour, "#1A1A1A"),
                    _ => (CoverageChart.EmptyFill, "#D0D0D0", "#8A8A8A"),
                };
                svg.Append("<rect x=\"").Append(Markup.Number(x + 2)).Append("\" y=\"3\" width=\"").Append(Markup.Number(Cell - 4)).Append("\" height=\"").Append(Markup.Number(RowHeight - 6))
                    .Append("\" rx=\"3\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(state == State.SuggestedOnly ? "2\" stroke-dasharray=\"4 2" : "1").Append("\"/>")
                    .Append("<text x=\"").Append(Markup.Number(x + (Cell / 2))).Append("\" y=\"15\" font-size=\"9\" fill=\"").Append(ink).Append("\">").Append(id).Append("</text>")
                    .Append("<text class=\"count\" x=\"").Append(Markup.Number(x + (Cell / 2))).Append("\" y=\"29\" font-size=\"12\" font-weight=\"bold\" fill=\"").Append(ink).Append("\">")
                    .Append(state == State.SuggestedOnly ? "(" + Markup.Number(count) + ")" : Markup.Number(count)).Append("</text></g>");
            }

            svg.Append("</g>\n");
        }

        svg.Append("<g class=\"legend\" transform=\"translate(").Append(Markup.Number(gridLeft)).Append(' ').Append(Markup.Number(legendTop)).Append(")\">");
        var lx = 0.0;
        foreach (var state in (State[])[State.Covered, State.SuggestedOnly, State.Uncovered])
        {
            var (fill, stroke) = state switch
            {
                State.Covered => ("#19486A", "#19486A"),
                State.SuggestedOnly => ("#FFFFFF", "#19486A"),
                _ => (CoverageChart.EmptyFill, "#D0D0D0"),
            };
            var text = Label(state, language) + (state == State.SuggestedOnly ? " (n)" : string.Empty);
            svg.Append("<rect x=\"").Append(Markup.Number(lx)).Append("\" y=\"2\" width=\"16\" height=\"14\" rx=\"2\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke)
                .Append(state == State.SuggestedOnly ? "\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>" : "\"/>")
                .Append("<text x=\"").Append(Markup.Number(lx + 22)).Append("\" y=\"13\">").AppendEscaped(text).Append("</text>");
            lx += 30 + (Markup.WidthInEms(text) * 11);
        }

        svg.Append("<text x=\"").Append(Markup.Number(lx)).Append("\" y=\"13\">").AppendEscaped(ReportText.Get(language, nameof(Messages.ReportChartNumber), unit)).Append("</text></g>\n</svg>\n");
        return svg.ToString();
    }

    public static string Name(State state) => state switch
    {
        State.Covered => "covered",
        State.SuggestedOnly => "suggested-only",
        _ => "uncovered",
    };

    public static string Label(State state, ReportLanguage language) => state switch
    {
        State.Covered => ReportText.Get(language, nameof(Messages.ReportTargetCovered)),
        State.SuggestedOnly => ReportText.Get(language, nameof(Messages.ReportKeySuggested)),
        _ => ReportText.Get(language, nameof(Messages.ReportTargetUncovered)),
    };
}
