namespace SdgMap.Queries;

/// <summary>One gap: something a plan does not cover, lacks or leaves unused.</summary>
public sealed record Gap
{
    /// <summary>The plan's id, or <see cref="CoverageQueries.AllPlans"/> for a gap across every plan in scope.</summary>
    public required string Plan { get; init; }

    /// <summary>The kind of gap; one of the <see cref="GapKinds"/> constants.</summary>
    public required string Kind { get; init; }

    /// <summary>What the gap is about: an SDG id, an element's normalised code, a KPI id, a <c>taxonomy:term</c> or the plan id.</summary>
    public required string Subject { get; init; }

    /// <summary>The gap in one sentence that names the subject.</summary>
    public required string Message { get; init; }
}

/// <summary>The kinds of <see cref="Gap"/>, in the order gaps are listed.</summary>
public static class GapKinds
{
    /// <summary>No element in scope covers the goal.</summary>
    public const string UncoveredGoal = "uncovered-goal";

    /// <summary>Every kind, in the order gaps of one plan are reported.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UncoveredGoal, UncoveredTarget, SuggestedOnlyGoal, RolledUpOnlyGoal, PlanWithoutSdgLinks, NoSdgLink,
        SdgMarksLost, MissingTag, UnusedTerm, KpiIncomplete, RepostUnresolved,
    ];

    /// <summary>No element in scope covers the target.</summary>
    public const string UncoveredTarget = "uncovered-target";

    /// <summary>The goal is covered only through links a tool suggested.</summary>
    public const string SuggestedOnlyGoal = "suggested-only-goal";

    /// <summary>At the chosen level no element links the goal itself; only their descendants do.</summary>
    public const string RolledUpOnlyGoal = "rolled-up-only-goal";

    /// <summary>The plan's source declares no SDG link anywhere.</summary>
    public const string PlanWithoutSdgLinks = "plan-without-sdg-links";

    /// <summary>An element at the checked level carries no SDG link and the source declares none.</summary>
    public const string NoSdgLink = "no-sdg-link";

    /// <summary>An element at the checked level carries no SDG link because the source's marks were lost.</summary>
    public const string SdgMarksLost = "sdg-marks-lost";

    /// <summary>An element at the checked level carries no term of a required taxonomy.</summary>
    public const string MissingTag = "missing-tag";

    /// <summary>No element carries the taxonomy term.</summary>
    public const string UnusedTerm = "unused-term";

    /// <summary>A KPI lacks a unit, a baseline value or a target value.</summary>
    public const string KpiIncomplete = "kpi-incomplete";

    /// <summary>A 【再掲】 KPI whose original cannot be found.</summary>
    public const string RepostUnresolved = "repost-unresolved";
}
