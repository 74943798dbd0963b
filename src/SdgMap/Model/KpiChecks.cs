using SdgMap.Resources;

namespace SdgMap.Model;

/// <summary>What a KPI lacks; shared by validation and the gap queries so both say the same.</summary>
internal static class KpiChecks
{
    /// <summary>The missing parts of a KPI in a fixed order (unit, baseline value, target value), named in the UI culture.</summary>
    public static List<string> MissingParts(Kpi kpi)
    {
        var missing = new List<string>();
        if (kpi.Unit is null)
        {
            missing.Add(Messages.KpiPartUnit);
        }

        if (kpi.Baseline?.Value is null)
        {
            missing.Add(Messages.KpiPartBaseline);
        }

        if (kpi.Target?.Value is null)
        {
            missing.Add(Messages.KpiPartTarget);
        }

        return missing;
    }

    /// <summary>Why a 【再掲】 KPI's original cannot be found, or null when it can (or the KPI is no repost).</summary>
    public static string? RepostProblem(Kpi kpi, IReadOnlySet<string> kpiIds)
    {
        if (kpi.RepostOf is not null && !kpiIds.Contains(kpi.RepostOf))
        {
            return Localized.Format(Messages.RepostOfMissing, kpi.RepostOf);
        }

        return kpi.IsRepost && kpi.RepostOf is null ? Messages.RepostOriginalNotFound : null;
    }
}
