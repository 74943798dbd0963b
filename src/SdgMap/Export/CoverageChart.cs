using System.Text;
using SdgMap.Catalog;
using SdgMap.Queries;
using SdgMap.Resources;

namespace SdgMap.Export;

/// <summary>Draws coverage matrices as self-contained SVG: no script, no font or image fetched from anywhere.</summary>
/// <remarks>
/// Each cell is filled with its goal's official colour (a taxonomy column with a neutral blue) at
/// an intensity growing with the count — the square root of its share of the largest count — and
/// the count is written in the cell in black or white, whichever contrasts more, so the chart
/// reads without colour. Japanese and other text is drawn as text in a font list that starts
/// with Noto Sans CJK JP and ends with the generic <c>sans-serif</c>. Every label is escaped;
/// control and bidirectional-control characters are shown as <c>\uXXXX</c>. The same matrix and
/// options give the same bytes.
/// </remarks>
public static class CoverageChart
{
    /// <summary>The font list every chart and report names.</summary>
    internal const string FontFamily = "'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif";

    /// <summary>The fill of taxonomy columns, which have no official colour.</summary>
    internal const string NeutralColour = "#3F6FA8";

    /// <summary>The fill of empty cells.</summary>
    internal const string EmptyFill = "#F3F3F3";

    private const double Pad = 8;
    private const double RowHeight = 22;
    private const double LabelFont = 12;

    /// <summary>
    /// The matrix as an SVG heatmap: one row per matrix row, one column per matrix column in order,
    /// the count written in every cell (0 included). Eager; the SVG grows linearly with rows × columns.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HeatmapOptions.MaxLabelLength"/> is less than 2.</exception>
    public static string Heatmap(CoverageMatrix matrix, HeatmapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= HeatmapOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLabelLength, 2);
        var catalog = SdgCatalog.Default;
        var columns = matrix.Columns.Select(key => Column.Of(key, catalog, options)).ToList();
        var rowLabels = matrix.Rows.Select(r => options.RowLabel?.Invoke(r) ?? r.Label).ToList();
        var shortLabels = rowLabels.Select(l => Markup.Shorten(l, options.MaxLabelLength)).ToList();

        var wide = columns.Count > 40;
        var cell = wide ? 24.0 : 34.0;
        var labelWidth = Math.Clamp((shortLabels.Count == 0 ? 0 : shortLabels.Max(Markup.WidthInEms) * LabelFont) + 12, 60, 420);
        var headerFont = wide ? 9.0 : 11.0;
        var nameExtent = columns.Count == 0 ? 0 : columns.Max(c => Markup.WidthInEms(c.Name)) * headerFont;
        var slant = wide ? 1.0 : 0.72; // wide charts write column names upright (rotated 90°), narrow ones at 46°
        var titleHeight = options.Title is null ? 0 : 24;
        var headerHeight = (nameExtent * slant) + cell + 10;
        var gridLeft = Pad + labelWidth;
        var gridTop = Pad + titleHeight + headerHeight;
        var gridWidth = cell * columns.Count;
        var overhang = wide ? 0 : nameExtent * 0.7;
        var width = Math.Ceiling(gridLeft + gridWidth + Math.Max(overhang, Pad) + Pad);
        var legendTop = gridTop + (RowHeight * matrix.Rows.Count) + 10;
        var height = Math.Ceiling(legendTop + 26 + Pad);
        var max = Math.Max(1, MaxCount(matrix));

        var svg = new StringBuilder(256 + (matrix.Rows.Count * columns.Count * 90));
        svg.Append("<svg");
        if (options.Standalone)
        {
            svg.Append(" xmlns=\"http://www.w3.org/2000/svg\"");
        }

        svg.Append(" class=\"heatmap\" role=\"img\" width=\"").Append(Markup.Number(width)).Append("\" height=\"").Append(Markup.Number(height))
            .Append("\" viewBox=\"0 0 ").Append(Markup.Number(width)).Append(' ').Append(Markup.Number(height))
            .Append("\" font-family=\"").Append(FontFamily).Append("\" font-size=\"").Append(Markup.Number(LabelFont))
            .Append("\" data-rows=\"").Append(Markup.Number(matrix.Rows.Count)).Append("\" data-columns=\"").Append(Markup.Number(columns.Count))
            .Append("\" aria-label=\"").AppendEscaped(options.Title ?? ReportText.Get(options.Language, nameof(Messages.ReportChartCoverage))).Append("\">\n");
        if (options.Title is not null)
        {
            svg.Append("<text class=\"caption\" x=\"").Append(Markup.Number(Pad)).Append("\" y=\"").Append(Markup.Number(Pad + 15))
                .Append("\" font-size=\"14\" font-weight=\"bold\">").AppendEscaped(options.Title).Append("</text>\n");
        }

        // Column headers: a square in the column's colour with its number, the name above it.
        svg.Append("<g class=\"columns\" font-size=\"").Append(Markup.Number(headerFont)).Append("\">\n");
        var squareTop = gridTop - cell - 4;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var x = gridLeft + (c * cell);
            var centre = x + (cell / 2);
            svg.Append("<g class=\"column\" data-column=\"").AppendEscaped(column.Key).Append("\"><title>").AppendEscaped(column.Tooltip).Append("</title>")
                .Append("<rect x=\"").Append(Markup.Number(x + 1)).Append("\" y=\"").Append(Markup.Number(squareTop)).Append("\" width=\"").Append(Markup.Number(cell - 2))
                .Append("\" height=\"").Append(Markup.Number(cell - 2)).Append("\" fill=\"").Append(column.Colour).Append("\"/>");
            if (column.Badge is not null)
            {
                svg.Append("<text x=\"").Append(Markup.Number(centre)).Append("\" y=\"").Append(Markup.Number(squareTop + (cell / 2) + 4))
                    .Append("\" text-anchor=\"middle\" fill=\"#FFFFFF\" font-weight=\"bold\" font-size=\"").Append(wide ? "8" : "13").Append("\">")
                    .AppendEscaped(column.Badge).Append("</text>");
            }

            var baseY = squareTop - 4;
            svg.Append("<text class=\"column-name\" x=\"").Append(Markup.Number(centre + (wide ? 3 : 0))).Append("\" y=\"").Append(Markup.Number(baseY))
                .Append("\" transform=\"rotate(").Append(wide ? "-90" : "-46").Append(' ').Append(Markup.Number(centre + (wide ? 3 : 0))).Append(' ').Append(Markup.Number(baseY))
                .Append(")\">").AppendEscaped(column.Name).Append("</text></g>\n");
        }

        svg.Append("</g>\n");

        // Rows: the label, then one cell per column with its count.
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            var row = matrix.Rows[r];
            var y = gridTop + (r * RowHeight);
            svg.Append("<g class=\"row\" data-key=\"").AppendEscaped(row.Key).Append("\" data-plan=\"").AppendEscaped(row.Plan)
                .Append("\" transform=\"translate(0 ").Append(Markup.Number(y)).Append(")\" text-anchor=\"middle\" fill=\"#1A1A1A\" font-size=\"").Append(wide ? "9" : "11").Append("\">");
            svg.Append("<text class=\"row-label\" x=\"").Append(Markup.Number(gridLeft - 6)).Append("\" y=\"15\" text-anchor=\"end\" font-size=\"").Append(Markup.Number(LabelFont)).Append("\">").AppendEscaped(shortLabels[r]);
            if (shortLabels[r].Length != rowLabels[r].Length)
            {
                svg.Append("<title>").AppendEscaped(rowLabels[r]).Append("</title>");
            }

            svg.Append("</text>");
            for (var c = 0; c < columns.Count; c++)
            {
                var count = matrix.Count(r, c);
                var x = gridLeft + (c * cell);
                var (fill, opacity, ink) = Shade(count, max, columns[c].Colour);
                svg.Append("<rect x=\"").Append(Markup.Number(x + 1)).Append("\" y=\"1\" width=\"").Append(Markup.Number(cell - 2)).Append("\" height=\"").Append(Markup.Number(RowHeight - 2))
                    .Append("\" fill=\"").Append(fill).Append('"');
                if (opacity < 1)
                {
                    svg.Append(" fill-opacity=\"").Append(Markup.Number(opacity)).Append('"');
                }

                // The row sets the anchor, size and dark ink; only other inks are written per cell, to keep national-scale charts small.
                svg.Append("/><text class=\"count\" x=\"").Append(Markup.Number(x + (cell / 2))).Append("\" y=\"15\"");
                if (ink != "#1A1A1A")
                {
                    svg.Append(" fill=\"").Append(ink).Append('"');
                }

                svg.Append('>').Append(Markup.Number(count)).Append("</text>");
            }

            svg.Append("</g>\n");
        }

        // Legend: what the intensity means.
        svg.Append("<g class=\"legend\" transform=\"translate(").Append(Markup.Number(gridLeft)).Append(' ').Append(Markup.Number(legendTop)).Append(")\" font-size=\"11\">");
        var steps = new[] { 0, 1, (max + 1) / 2, max }.Distinct().Where(v => v <= max).ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            var (fill, opacity, ink) = Shade(steps[i], max, "#555555");
            svg.Append("<rect x=\"").Append(Markup.Number(i * 30)).Append("\" y=\"0\" width=\"28\" height=\"18\" fill=\"").Append(fill).Append('"');
            if (opacity < 1)
            {
                svg.Append(" fill-opacity=\"").Append(Markup.Number(opacity)).Append('"');
            }

            svg.Append("/><text x=\"").Append(Markup.Number((i * 30) + 14)).Append("\" y=\"13\" text-anchor=\"middle\" fill=\"").Append(ink).Append("\">")
                .Append(Markup.Number(steps[i])).Append("</text>");
        }

        svg.Append("<text x=\"").Append(Markup.Number((steps.Count * 30) + 6)).Append("\" y=\"13\">")
            .AppendEscaped(ReportText.Get(options.Language, nameof(Messages.ReportChartLegend)))
            .Append("</text></g>\n</svg>\n");
        return svg.ToString();
    }

    /// <summary>The goal's short name in the language.</summary>
    internal static string GoalName(SdgGoal goal, ReportLanguage language) => language == ReportLanguage.English ? goal.ShortTitleEn : goal.ShortTitleJa;

    /// <summary>A cell's fill, opacity and the ink that contrasts most with it: empty cells grey, others the colour at sqrt(count / max).</summary>
    internal static (string Fill, double Opacity, string Ink) Shade(int count, int max, string colour)
    {
        if (count <= 0)
        {
            return (EmptyFill, 1, "#8A8A8A");
        }

        var alpha = Math.Round(0.18 + (0.82 * Math.Sqrt(Math.Min(1.0, (double)count / max))), 2);
        return (colour, alpha, Ink(colour, alpha));
    }

    /// <summary>Black or white, whichever contrasts more (WCAG) with <paramref name="colour"/> laid over white at <paramref name="alpha"/>.</summary>
    internal static string Ink(string colour, double alpha)
    {
        static double Channel(int value, double alpha)
        {
            var blended = ((alpha * value) + ((1 - alpha) * 255)) / 255;
            return blended <= 0.03928 ? blended / 12.92 : Math.Pow((blended + 0.055) / 1.055, 2.4);
        }

        var rgb = Convert.ToInt32(colour[1..], 16);
        var luminance = (0.2126 * Channel((rgb >> 16) & 0xFF, alpha)) + (0.7152 * Channel((rgb >> 8) & 0xFF, alpha)) + (0.0722 * Channel(rgb & 0xFF, alpha));
        var againstWhite = 1.05 / (luminance + 0.05);
        var againstBlack = (luminance + 0.05) / 0.06; // the dark ink #1A1A1A has luminance ≈ 0.01
        return againstWhite >= againstBlack ? "#FFFFFF" : "#1A1A1A";
    }

    private static int MaxCount(CoverageMatrix matrix)
    {
        var max = 0;
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                max = Math.Max(max, matrix.Count(r, c));
            }
        }

        return max;
    }

    /// <summary>How a column is drawn: its key, name, badge, colour and tooltip.</summary>
    private sealed record Column(string Key, string Name, string? Badge, string Colour, string Tooltip)
    {
        public static Column Of(MatrixColumn column, SdgCatalog catalog, HeatmapOptions options)
        {
            var key = column.Key;
            var custom = options.ColumnLabel?.Invoke(key);
            if (column.Sdg is { } id)
            {
                var goal = catalog.Goal(id);
                if (id.IsGoal)
                {
                    var title = options.Language == ReportLanguage.English ? goal.TitleEn : goal.TitleJa;
                    return new(key, custom ?? GoalName(goal, options.Language), Markup.Number(goal.Number), goal.Colour, $"{goal.Number} {GoalName(goal, options.Language)}: {title}");
                }

                var target = catalog.Target(id);
                var text = options.Language == ReportLanguage.English ? target.TitleEn : target.TitleJa ?? target.TitleEn;
                return new(key, custom ?? key, null, goal.Colour, $"{key}: {text}");
            }

            return new(key, custom ?? key, null, NeutralColour, custom is null ? key : $"{custom} ({key})");
        }
    }
}
