namespace SdgMap.Validation;

/// <summary>Every rule <see cref="PlanValidator"/> knows, by id.</summary>
public static class ValidationRules
{
    private static ValidationRule Rule(string id, string name, Severity severity, string description, string help) =>
        new() { Id = id, Name = name, DefaultSeverity = severity, Description = description, Help = help };

    /// <summary>Two elements of a plan share an id.</summary>
    public static ValidationRule DuplicateElementId { get; } = Rule("SDG001", "duplicate-element-id", Severity.Error, "Element ids are unique in a plan.",
        "Give each element its own `id`. Ids are what parents, references and taxonomy members point to, so a second element with the same id makes those pointers ambiguous. The message names the line of the first element that uses the id.");

    /// <summary>An element's parent is not an element of the plan.</summary>
    public static ValidationRule UnresolvedParent { get; } = Rule("SDG002", "unresolved-parent", Severity.Error, "Every parent names an element of the same plan.",
        "Set `parent` to the `id` of an element of the same plan, or remove it for a top-level element. Check for a typo, or for a parent element that was left out when the plan was encoded.");

    /// <summary>Following parents from an element comes back to it.</summary>
    public static ValidationRule ParentCycle { get; } = Rule("SDG003", "parent-cycle", Severity.Error, "The parent chain never loops (an element is never its own ancestor).",
        "Follow the `parent` chain the message names and break the loop: the topmost element of the chain has no `parent`. A loop usually comes from two elements naming each other, or an element naming itself.");

    /// <summary>An element's level is not one of the plan's levels.</summary>
    public static ValidationRule UnknownLevel { get; } = Rule("SDG004", "unknown-level", Severity.Error, "Every element's level is one of the plan's level names.",
        "Use one of the names listed in the plan's `levels` for the element's `level`, or add the missing level to `levels` in the order the plan nests them (policy before measure).");

    /// <summary>A parent is not at a higher level than its child.</summary>
    public static ValidationRule LevelOrder { get; } = Rule("SDG005", "level-order", Severity.Warning, "A parent stands at a higher level than its child.",
        "A child stands one level or more below its parent. Either the child's `level` or its `parent` is wrong; compare with the printed plan.");

    /// <summary>A tag names a taxonomy or term that neither the plan nor the built-ins define.</summary>
    public static ValidationRule UnknownTag { get; } = Rule("SDG006", "unknown-tag", Severity.Error, "Tags name a term of a plan-defined or built-in taxonomy.",
        "A tag is written `taxonomy:term`. Define the taxonomy and its terms under `taxonomies` in the plan file, or use a built-in one (`care:medical`, `care:nursing`, `care:prevention`, `care:housing`, `care:living-support`, `care:inclusive-community`).");

    /// <summary>A reference or a term member names no element of the plan.</summary>
    public static ValidationRule UnresolvedReference { get; } = Rule("SDG007", "unresolved-reference", Severity.Error, "References and taxonomy members name elements of the plan.",
        "Point the reference or the taxonomy member at the `id` of an element of the plan, or remove it if the element was left out of the plan file.");

    /// <summary>Two elements print the same code once normalised.</summary>
    public static ValidationRule DuplicateCode { get; } = Rule("SDG008", "duplicate-code", Severity.Warning, "Codes are unique in a plan after normalisation (full-width digits, dashes, spaces); relative codes such as (1), which restart under every parent, are unique among siblings.",
        "Two elements print the same code once full-width digits, dashes and spaces are normalised (`経３-３` and `経3-3` are the same code). Correct the code that was mistyped; relative codes such as `(1)` only need to differ among siblings.");

    /// <summary>The source prints an element with a different title elsewhere.</summary>
    public static ValidationRule TitleVariant { get; } = Rule("SDG009", "title-variant", Severity.Warning, "A code is printed with the same title wherever it appears.",
        "The source prints this code with another title somewhere else. Check which title the plan means and record the other as a variant only if the source really prints it so; the message gives the source line.");

    /// <summary>A reference or a term member prints a title other than the element's.</summary>
    public static ValidationRule PrintedTitleMismatch { get; } = Rule("SDG010", "printed-title-mismatch", Severity.Warning, "Where a theme or reference prints an element's title, it is the element's title.",
        "The theme or reference prints a title that is not the element's. Correct `printedTitle` to what the source prints, or point the member or reference at the element it means.");

    /// <summary>An element has no title and does not say the source lost it.</summary>
    public static ValidationRule MissingTitle { get; } = Rule("SDG011", "missing-title", Severity.Error, "Every element has a title, unless the source lost it (lost: [\"title\"]).",
        "Give the element its `title`, or say that the source lost it with `\"lost\": [\"title\"]` so readers know the gap is the source's.");

    /// <summary>An element lists SDG links but says the source declares none or lost them.</summary>
    public static ValidationRule SdgMarksConflict { get; } = Rule("SDG012", "sdg-marks-conflict", Severity.Error, "sdgMarks agrees with the sdg list (none or lost means no declared links).",
        "An element with entries in `sdg` cannot say the source declares none (`\"sdgMarks\": \"none\"`) or lost them (`\"sdgMarks\": \"lost\"`). Remove `sdgMarks` when the links are the source's own, or move tool-proposed links to `suggested`.");

    /// <summary>An element lists goals and targets of different goals.</summary>
    public static ValidationRule GoalTargetDisagree { get; } = Rule("SDG013", "goal-target-disagree", Severity.Warning, "Where an element lists both goals and targets, each target's goal is among the goals.",
        "Where an element lists goals and targets, each target's goal is listed too. Add the target's goal to `sdg`, or check whether the target was mistyped.");

    /// <summary>A KPI lacks its unit, baseline or target value.</summary>
    public static ValidationRule KpiIncomplete { get; } = Rule("SDG014", "kpi-incomplete", Severity.Info, "KPIs have a unit, a baseline and a target value.",
        "Give the KPI its `unit`, `baseline` and `target` values from the source. If the source printed none, record `\"lost\": [\"kpiValues\"]` on the element; turn the rule off in a configuration if incomplete KPIs are expected.");

    /// <summary>A 【再掲】 KPI whose original cannot be found.</summary>
    public static ValidationRule RepostUnresolved { get; } = Rule("SDG015", "repost-unresolved", Severity.Warning, "A KPI printed as 【再掲】 names the KPI it repeats, and that KPI exists.",
        "A KPI printed as 【再掲】 repeats a KPI stated elsewhere in the plan. Set `repostOf` to that KPI's `id`, and check that the original KPI is in the plan file.");

    /// <summary>Two KPIs of a plan share an id.</summary>
    public static ValidationRule DuplicateKpiId { get; } = Rule("SDG016", "duplicate-kpi-id", Severity.Error, "KPI ids are unique in a plan.",
        "Give each KPI its own `id` within the plan; a 【再掲】 KPI has its own id and names the original with `repostOf`.");

    /// <summary>Taxonomy ids or term ids are not unique, or a plan redefines a built-in taxonomy.</summary>
    public static ValidationRule TaxonomyDefinition { get; } = Rule("SDG017", "taxonomy-definition", Severity.Error, "Taxonomy ids are unique in a plan and differ from the built-in ones; term ids are unique in their taxonomy.",
        "Give each of the plan's taxonomies an id of its own that differs from the built-in ones (`care`), and each term an id that is unique in its taxonomy.");

    /// <summary>An element at the required level carries no SDG link.</summary>
    public static ValidationRule MissingSdgLink { get; } = Rule("SDG018", "missing-sdg-link", Severity.Error, "Every element at the required level carries at least one SDG link (checked only when a level is required).",
        "Add the SDG goals or targets the source declares for this element to `sdg`. If the source declares none, the plan leaves a gap the gate reports; if it marked SDGs with pictures the text lost, record `\"sdgMarks\": \"lost\"` and take the links from the printed plan. Tool-proposed links belong in `suggested`, never in `sdg`, until a reviewer accepts them.");

    /// <summary>An element lists the same SDG goal or target twice.</summary>
    public static ValidationRule DuplicateSdgLink { get; } = Rule("SDG019", "duplicate-sdg-link", Severity.Warning, "An element lists each SDG goal or target once.",
        "Remove the repeated entry from `sdg`: each goal or target is listed once (`16.6` and `１６．６` are the same target).");

    /// <summary>The municipality code's check digit is wrong.</summary>
    public static ValidationRule MunicipalityCode { get; } = Rule("SDG020", "municipality-code", Severity.Warning, "A municipality code has six digits and a correct check digit.",
        "The six-digit local government code (全国地方公共団体コード) ends in a check digit computed from the first five. Copy the code from the official list; a five-digit code needs its check digit appended.");

    /// <summary>Two plans validated together share an id.</summary>
    public static ValidationRule DuplicatePlanId { get; } = Rule("SDG021", "duplicate-plan-id", Severity.Error, "Plan ids are unique among the plans checked together.",
        "Plans checked together need distinct `id`s: change the id of one plan, or leave a second copy of the same plan out of the check.");

    /// <summary>A suggested SDG link repeats one the element declares or one a reviewer rejected.</summary>
    public static ValidationRule SuggestionDuplicatesLink { get; } = Rule("SDG022", "suggestion-duplicates-link", Severity.Warning, "A suggested SDG link is neither declared on the element already nor rejected by a reviewer.",
        "Drop the entry from the element's `suggested.sdg`: a link the element already declares needs no suggestion, and one a reviewer rejected (`review.rejected`) should not come back. `sdgmap suggest --write` never writes either; this finds them in files edited by hand or by other tools.");

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        DuplicateElementId, UnresolvedParent, ParentCycle, UnknownLevel, LevelOrder, UnknownTag, UnresolvedReference,
        DuplicateCode, TitleVariant, PrintedTitleMismatch, MissingTitle, SdgMarksConflict, GoalTargetDisagree,
        KpiIncomplete, RepostUnresolved, DuplicateKpiId, TaxonomyDefinition, MissingSdgLink, DuplicateSdgLink, MunicipalityCode, DuplicatePlanId,
        SuggestionDuplicatesLink,
    ];
}
