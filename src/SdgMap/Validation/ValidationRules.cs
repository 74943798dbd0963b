using System.Collections.Concurrent;
using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Validation;

/// <summary>Every rule <see cref="PlanValidator"/> knows, by id.</summary>
/// <remarks>
/// A rule's <see cref="ValidationRule.Description"/> and <see cref="ValidationRule.Help"/> are in the
/// current UI culture (Japanese for <c>ja</c>, English otherwise), read when the rule is asked for;
/// its id, name and default severity never change with the language.
/// </remarks>
public static class ValidationRules
{
    // One instance per rule and language, so that asking for a rule per finding costs a dictionary look-up.
    private static readonly ConcurrentDictionary<(string Id, CultureInfo Culture), ValidationRule> Built = new();
    private static readonly ConcurrentDictionary<CultureInfo, IReadOnlyList<ValidationRule>> AllBuilt = new();

    private static ValidationRule Rule(string id, string name, Severity severity) =>
        Built.GetOrAdd((id, CultureInfo.CurrentUICulture), static (key, rule) => new()
        {
            Id = key.Id,
            Name = rule.Name,
            DefaultSeverity = rule.Severity,
            Description = Text("Rule" + key.Id, key.Culture),
            Help = Text("Rule" + key.Id + "Help", key.Culture),
        }, (Name: name, Severity: severity));

    private static string Text(string key, CultureInfo culture) =>
        Messages.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException($"Messages.resx has no {key}.");

    /// <summary>Two elements of a plan share an id.</summary>
    public static ValidationRule DuplicateElementId => Rule("SDG001", "duplicate-element-id", Severity.Error);

    /// <summary>An element's parent is not an element of the plan.</summary>
    public static ValidationRule UnresolvedParent => Rule("SDG002", "unresolved-parent", Severity.Error);

    /// <summary>Following parents from an element comes back to it.</summary>
    public static ValidationRule ParentCycle => Rule("SDG003", "parent-cycle", Severity.Error);

    /// <summary>An element's level is not one of the plan's levels.</summary>
    public static ValidationRule UnknownLevel => Rule("SDG004", "unknown-level", Severity.Error);

    /// <summary>A parent is not at a higher level than its child.</summary>
    public static ValidationRule LevelOrder => Rule("SDG005", "level-order", Severity.Warning);

    /// <summary>A tag names a taxonomy or term that neither the plan nor the built-ins define.</summary>
    public static ValidationRule UnknownTag => Rule("SDG006", "unknown-tag", Severity.Error);

    /// <summary>A reference or a term member names no element of the plan.</summary>
    public static ValidationRule UnresolvedReference => Rule("SDG007", "unresolved-reference", Severity.Error);

    /// <summary>Two elements print the same code once normalised.</summary>
    public static ValidationRule DuplicateCode => Rule("SDG008", "duplicate-code", Severity.Warning);

    /// <summary>The source prints an element with a different title elsewhere.</summary>
    public static ValidationRule TitleVariant => Rule("SDG009", "title-variant", Severity.Warning);

    /// <summary>A reference or a term member prints a title other than the element's.</summary>
    public static ValidationRule PrintedTitleMismatch => Rule("SDG010", "printed-title-mismatch", Severity.Warning);

    /// <summary>An element has no title and does not say the source lost it.</summary>
    public static ValidationRule MissingTitle => Rule("SDG011", "missing-title", Severity.Error);

    /// <summary>An element lists SDG links but says the source declares none or lost them.</summary>
    public static ValidationRule SdgMarksConflict => Rule("SDG012", "sdg-marks-conflict", Severity.Error);

    /// <summary>An element lists goals and targets of different goals.</summary>
    public static ValidationRule GoalTargetDisagree => Rule("SDG013", "goal-target-disagree", Severity.Warning);

    /// <summary>A KPI lacks its unit, baseline or target value.</summary>
    public static ValidationRule KpiIncomplete => Rule("SDG014", "kpi-incomplete", Severity.Info);

    /// <summary>A 【再掲】 KPI whose original cannot be found.</summary>
    public static ValidationRule RepostUnresolved => Rule("SDG015", "repost-unresolved", Severity.Warning);

    /// <summary>Two KPIs of a plan share an id.</summary>
    public static ValidationRule DuplicateKpiId => Rule("SDG016", "duplicate-kpi-id", Severity.Error);

    /// <summary>Taxonomy ids or term ids are not unique, or a plan redefines a built-in taxonomy.</summary>
    public static ValidationRule TaxonomyDefinition => Rule("SDG017", "taxonomy-definition", Severity.Error);

    /// <summary>An element at the required level carries no SDG link.</summary>
    public static ValidationRule MissingSdgLink => Rule("SDG018", "missing-sdg-link", Severity.Error);

    /// <summary>An element lists the same SDG goal or target twice.</summary>
    public static ValidationRule DuplicateSdgLink => Rule("SDG019", "duplicate-sdg-link", Severity.Warning);

    /// <summary>The municipality code's check digit is wrong.</summary>
    public static ValidationRule MunicipalityCode => Rule("SDG020", "municipality-code", Severity.Warning);

    /// <summary>Two plans validated together share an id.</summary>
    public static ValidationRule DuplicatePlanId => Rule("SDG021", "duplicate-plan-id", Severity.Error);

    /// <summary>A suggested SDG link repeats one the element declares or one a reviewer rejected.</summary>
    public static ValidationRule SuggestionDuplicatesLink => Rule("SDG022", "suggestion-duplicates-link", Severity.Warning);

    /// <summary>Every rule, by id.</summary>
    public static IReadOnlyList<ValidationRule> All => AllBuilt.GetOrAdd(CultureInfo.CurrentUICulture, static _ =>
    [
        DuplicateElementId, UnresolvedParent, ParentCycle, UnknownLevel, LevelOrder, UnknownTag, UnresolvedReference,
        DuplicateCode, TitleVariant, PrintedTitleMismatch, MissingTitle, SdgMarksConflict, GoalTargetDisagree,
        KpiIncomplete, RepostUnresolved, DuplicateKpiId, TaxonomyDefinition, MissingSdgLink, DuplicateSdgLink, MunicipalityCode, DuplicatePlanId,
        SuggestionDuplicatesLink,
    ]);
}
