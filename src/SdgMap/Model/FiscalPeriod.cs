namespace SdgMap.Model;

/// <summary>The Japanese fiscal years a plan covers (令和8年度 is fiscal 2026, April 2026 to March 2027).</summary>
public sealed record FiscalPeriod
{
    /// <summary>The first fiscal year, as a Western year.</summary>
    public int? FromFiscalYear { get; init; }

    /// <summary>The last fiscal year, as a Western year.</summary>
    public int? ToFiscalYear { get; init; }
}
