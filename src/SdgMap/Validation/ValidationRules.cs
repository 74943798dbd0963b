namespace SdgMap.Validation;

/// <summary>Every rule <see cref="PlanValidator"/> knows, by id.</summary>
public static class ValidationRules
{
    private static ValidationRule Rule(string id, string name, Severity severity, string description) =>
        new() { Id = id, Name = name, DefaultSeverity = severity, Description = description };

    /// <summary>Two elements of a plan share an id.</summary>
    public static ValidationRule DuplicateElementId { get; } = Rule("SDG001", "duplicate-element-id", Severity.Error, "Element ids are unique in a plan.");

    /// <summary>An element's parent is not an element of the plan.</summary>
    public static ValidationRule UnresolvedParent { get; } = Rule("SDG002", "unresolved-parent", Severity.Error, "Every parent names an element of the same plan.");

    /// <summary>Following parents from an element comes back to it.</summary>
    public static ValidationRule ParentCycle { get; } = Rule("SDG003", "parent-cycle", Severity.Error, "The parent chain never loops (an element is never its own ancestor).");

    /// <summary>An element's level is not one of the plan's levels.</summary>
    public static ValidationRule UnknownLevel { get; } = Rule("SDG004", "unknown-level", Severity.Error, "Every element's level is one of the plan's level names.");

    /// <summary>A parent is not at a higher level than its child.</summary>
    public static ValidationRule LevelOrder { get; } = Rule("SDG005", "level-order", Severity.Warning, "A parent stands at a higher level than its child.");

    /// <summary>A tag names a taxonomy or term that neither the plan nor the built-ins define.</summary>
    public static ValidationRule UnknownTag { get; } = Rule("SDG006", "unknown-tag", Severity.Error, "Tags name a term of a plan-defined or built-in taxonomy.");

    /// <summary>A reference or a term member names no element of the plan.</summary>
    public static ValidationRule UnresolvedReference { get; } = Rule("SDG007", "unresolved-reference", Severity.Error, "References and taxonomy members name elements of the plan.");

    /// <summary>Two elements print the same code once normalised.</summary>
    public static ValidationRule DuplicateCode { get; } = Rule("SDG008", "duplicate-code", Severity.Warning, "Codes are unique in a plan after normalisation (full-width digits, dashes, spaces); relative codes such as (1), which restart under every parent, are unique among siblings.");

    /// <summary>The source prints an element with a different title elsewhere.</summary>
    public static ValidationRule TitleVariant { get; } = Rule("SDG009", "title-variant", Severity.Warning, "A code is printed with the same title wherever it appears.");

    /// <summary>A reference or a term member prints a title other than the element's.</summary>
    public static ValidationRule PrintedTitleMismatch { get; } = Rule("SDG010", "printed-title-mismatch", Severity.Warning, "Where a theme or reference prints an element's title, it is the element's title.");

    /// <summary>An element has no title and does not say the source lost it.</summary>
    public static ValidationRule MissingTitle { get; } = Rule("SDG011", "missing-title", Severity.Error, "Every element has a title, unless the source lost it (lost: [\"title\"]).");

    /// <summary>An element lists SDG links but says the source declares none or lost them.</summary>
    public static ValidationRule SdgMarksConflict { get; } = Rule("SDG012", "sdg-marks-conflict", Severity.Error, "sdgMarks agrees with the sdg list (none or lost means no declared links).");

    /// <summary>An element lists goals and targets of different goals.</summary>
    public static ValidationRule GoalTargetDisagree { get; } = Rule("SDG013", "goal-target-disagree", Severity.Warning, "Where an element lists both goals and targets, each target's goal is among the goals.");

    /// <summary>A KPI lacks its unit, baseline or target value.</summary>
    public static ValidationRule KpiIncomplete { get; } = Rule("SDG014", "kpi-incomplete", Severity.Info, "KPIs have a unit, a baseline and a target value.");

    /// <summary>A 【再掲】 KPI whose original cannot be found.</summary>
    public static ValidationRule RepostUnresolved { get; } = Rule("SDG015", "repost-unresolved", Severity.Warning, "A KPI printed as 【再掲】 names the KPI it repeats, and that KPI exists.");

    /// <summary>Two KPIs of a plan share an id.</summary>
    public static ValidationRule DuplicateKpiId { get; } = Rule("SDG016", "duplicate-kpi-id", Severity.Error, "KPI ids are unique in a plan.");

    /// <summary>Taxonomy ids or term ids are not unique, or a plan redefines a built-in taxonomy.</summary>
    public static ValidationRule TaxonomyDefinition { get; } = Rule("SDG017", "taxonomy-definition", Severity.Error, "Taxonomy ids are unique in a plan and differ from the built-in ones; term ids are unique in their taxonomy.");

    /// <summary>An element at the required level carries no SDG link.</summary>
    public static ValidationRule MissingSdgLink { get; } = Rule("SDG018", "missing-sdg-link", Severity.Error, "Every element at the required level carries at least one SDG link (checked only when a level is required).");

    /// <summary>An element lists the same SDG goal or target twice.</summary>
    public static ValidationRule DuplicateSdgLink { get; } = Rule("SDG019", "duplicate-sdg-link", Severity.Warning, "An element lists each SDG goal or target once.");

    /// <summary>The municipality code's check digit is wrong.</summary>
    public static ValidationRule MunicipalityCode { get; } = Rule("SDG020", "municipality-code", Severity.Warning, "A municipality code has six digits and a correct check digit.");

    /// <summary>Two plans validated together share an id.</summary>
    public static ValidationRule DuplicatePlanId { get; } = Rule("SDG021", "duplicate-plan-id", Severity.Error, "Plan ids are unique among the plans checked together.");

    /// <summary>A suggested SDG link repeats one the element declares or one a reviewer rejected.</summary>
    public static ValidationRule SuggestionDuplicatesLink { get; } = Rule("SDG022", "suggestion-duplicates-link", Severity.Warning, "A suggested SDG link is neither declared on the element already nor rejected by a reviewer.");

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        DuplicateElementId, UnresolvedParent, ParentCycle, UnknownLevel, LevelOrder, UnknownTag, UnresolvedReference,
        DuplicateCode, TitleVariant, PrintedTitleMismatch, MissingTitle, SdgMarksConflict, GoalTargetDisagree,
        KpiIncomplete, RepostUnresolved, DuplicateKpiId, TaxonomyDefinition, MissingSdgLink, DuplicateSdgLink, MunicipalityCode, DuplicatePlanId,
        SuggestionDuplicatesLink,
    ];
}
