using SdgMap.Queries;

namespace SdgMap.Export;

/// <summary>How <see cref="CoverageChart.Heatmap"/> draws a matrix.</summary>
public sealed record HeatmapOptions
{
    /// <summary>Japanese labels with the goals' short names, by default.</summary>
    public static HeatmapOptions Default { get; } = new();

    /// <summary>The language of goal names and the legend.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Japanese;

    /// <summary>A caption drawn above the chart; none by default.</summary>
    public string? Title { get; init; }

    /// <summary>What to write for a row; by default <see cref="MatrixRow.Label"/>.</summary>
    public Func<MatrixRow, string>? RowLabel { get; init; }

    /// <summary>What to write for a column key (a taxonomy term's label, say); by default goal names, target ids or the key.</summary>
    public Func<string, string>? ColumnLabel { get; init; }

    /// <summary>Row labels longer than this many characters are cut with an ellipsis (the full label stays in a tooltip).</summary>
    public int MaxLabelLength { get; init; } = 28;

    /// <summary>
    /// Whether the SVG carries its XML namespace so it stands alone as an <c>.svg</c> file (the default);
    /// SVG inside HTML needs none.
    /// </summary>
    public bool Standalone { get; init; } = true;
}
