using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>
/// The parts of a <see cref="PlanElement"/> most elements of a plan do not have (target state,
/// sections, suggestions, review, references, KPIs, related plans, variants, lost fields, source
/// location, notes), held in one object the element points to only when it has any of them: an
/// element without them costs one reference instead of eleven.
/// </summary>
/// <remarks>
/// Never shared in a half-built state: every change makes a new instance (<see cref="With"/>), and
/// one with nothing in it is stored as <see langword="null"/>, so element equality stays the
/// equality of what the element says.
/// </remarks>
internal sealed record ElementDetails
{
    private static readonly ElementDetails None = new();

    public LabelledText? TargetState { get; init; }

    public IReadOnlyList<LabelledText> Sections { get; init; } = ValueList.Empty<LabelledText>();

    public SuggestedLinks? Suggested { get; init; }

    public ReviewRecord? Review { get; init; }

    public IReadOnlyList<ElementReference> References { get; init; } = ValueList.Empty<ElementReference>();

    public IReadOnlyList<Kpi> Kpis { get; init; } = ValueList.Empty<Kpi>();

    public IReadOnlyList<string> RelatedPlans { get; init; } = ValueList.Empty<string>();

    public IReadOnlyList<CodeVariant> Variants { get; init; } = ValueList.Empty<CodeVariant>();

    public IReadOnlyList<LostField> Lost { get; init; } = ValueList.Empty<LostField>();

    public SourceLocation? Source { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = ValueList.Empty<string>();

    /// <summary>
    /// <paramref name="current"/> with one part set to <paramref name="value"/>: the same instance
    /// when the part already holds that value (setting a default allocates nothing), and
    /// <see langword="null"/> when nothing is left in it.
    /// </summary>
    public static ElementDetails? With<T>(ElementDetails? current, T value, Func<ElementDetails, T> part, Func<ElementDetails, T, ElementDetails> set)
    {
        var details = current ?? None;
        if (EqualityComparer<T>.Default.Equals(part(details), value))
        {
            return current;
        }

        var next = set(details, value);
        return next.Equals(None) ? null : next;
    }

    /// <summary>The details of the given parts, or <see langword="null"/> when every one is absent (the fast reader's way in, one object at most).</summary>
    public static ElementDetails? Of(
        LabelledText? targetState,
        IReadOnlyList<LabelledText>? sections,
        SuggestedLinks? suggested,
        ReviewRecord? review,
        IReadOnlyList<ElementReference>? references,
        IReadOnlyList<Kpi>? kpis,
        IReadOnlyList<string>? relatedPlans,
        IReadOnlyList<CodeVariant>? variants,
        IReadOnlyList<LostField>? lost,
        SourceLocation? source,
        IReadOnlyList<string>? notes)
    {
        if (targetState is null && suggested is null && review is null && source is null
            && IsEmpty(sections) && IsEmpty(references) && IsEmpty(kpis) && IsEmpty(relatedPlans)
            && IsEmpty(variants) && IsEmpty(lost) && IsEmpty(notes))
        {
            return null;
        }

        return new ElementDetails
        {
            TargetState = targetState,
            Sections = ValueList.From(sections),
            Suggested = suggested,
            Review = review,
            References = ValueList.From(references),
            Kpis = ValueList.From(kpis),
            RelatedPlans = ValueList.From(relatedPlans),
            Variants = ValueList.From(variants),
            Lost = ValueList.From(lost),
            Source = source,
            Notes = ValueList.From(notes),
        };

        static bool IsEmpty<T>(IReadOnlyList<T>? list) => list is null || list.Count == 0;
    }
}
