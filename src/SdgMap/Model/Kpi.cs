using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>An indicator (KPI, 成果指標) of an element.</summary>
public sealed record Kpi
{
    /// <summary>The KPI's id, unique in its plan (<c>7-1/k1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The indicator's name as printed.</summary>
    public required string Name { get; init; }

    /// <summary>The unit as printed (<c>%</c>, <c>人</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>The baseline value and its fiscal year.</summary>
    public KpiMeasurement? Baseline { get; init; }

    /// <summary>The target value and its fiscal year.</summary>
    public KpiMeasurement? Target { get; init; }

    /// <summary>Whether the source prints this KPI as 【再掲】, a repeat of one listed elsewhere.</summary>
    public bool IsRepost { get; init; }

    /// <summary>The id of the KPI this one repeats, where it can be found.</summary>
    public string? RepostOf { get; init; }

    /// <summary>Anything else about the KPI.</summary>
    public IReadOnlyList<string> Notes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}

/// <summary>A KPI value at a fiscal year.</summary>
public sealed record KpiMeasurement
{
    /// <summary>The value as printed; <see langword="null"/> when the cell is blank.</summary>
    public string? Value { get; init; }

    /// <summary>The fiscal year as a Western year (令和3年度 = 2021).</summary>
    public int? FiscalYear { get; init; }
}
