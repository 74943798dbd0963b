namespace SdgMap.Model;

/// <summary>What a KPI lacks; shared by validation and the gap queries so both say the same.</summary>
internal static class KpiChecks
{
    /// <summary>The missing parts of a KPI in a fixed order: unit, baseline value, target value.</summary>
    public static List<string> MissingParts(Kpi kpi)
    {
        var missing = new List<string>();
        if (kpi.Unit is null)
        {
            missing.Add("unit");
        }

        if (kpi.Baseline?.Value is null)
        {
            missing.Add("baseline value");
        }

        if (kpi.Target?.Value is null)
        {
            missing.Add("target value");
        }

        return missing;
    }

    /// <summary>Why a 【再掲】 KPI's original cannot be found, or null when it can (or the KPI is no repost).</summary>
    public static string? RepostProblem(Kpi kpi, IReadOnlySet<string> kpiIds)
    {
        if (kpi.RepostOf is not null && !kpiIds.Contains(kpi.RepostOf))
        {
            return $"repeats '{kpi.RepostOf}', which no element of the plan has";
        }

        return kpi.IsRepost && kpi.RepostOf is null ? "is printed as 【再掲】 but its original was not found" : null;
    }
}
