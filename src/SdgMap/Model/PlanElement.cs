using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Resources;

namespace SdgMap.Model;

/// <summary>
/// One element of a plan (a policy, a measure, a project or a direction), with everything the
/// source says of it: code, title, target state, SDG links, tags, KPIs, related plans.
/// </summary>
public sealed record PlanElement
{
    private ElementDetails? _details;

    /// <summary>The element's id, unique in its plan (the normalised code where there is one).</summary>
    public required string Id { get; init; }

    /// <summary>The code exactly as printed (<c>経３-３</c>); <see langword="null"/> where none is printed.</summary>
    public string? Code { get; init; }

    /// <summary>The name of the element's level (one of the plan's level names).</summary>
    public required string Level { get; init; }

    /// <summary>The title as printed; <see langword="null"/> only when the source lost it (see <see cref="Lost"/>).</summary>
    public string? Title { get; init; }

    /// <summary>The id of the element this one belongs to; <see langword="null"/> at the top level.</summary>
    public string? Parent { get; init; }

    /// <summary>The state the element aims for (目指す姿, 10年後の姿, 5年後のまちの姿), with its printed label.</summary>
    public LabelledText? TargetState
    {
        get => _details?.TargetState;
        init => _details = ElementDetails.With(_details, value, static d => d.TargetState, static (d, v) => d with { TargetState = v });
    }

    /// <summary>The element's main text.</summary>
    public string? Description { get; init; }

    /// <summary>Other labelled passages in source order (現状と課題, 行革の取組 …).</summary>
    public IReadOnlyList<LabelledText> Sections
    {
        get => _details?.Sections ?? ValueList.Empty<LabelledText>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.Sections, static (d, v) => d with { Sections = v });
    }

    /// <summary>The SDG goals and targets the source declares for this element.</summary>
    public IReadOnlyList<SdgId> Sdg { get; init => field = ValueList.From(value); } = ValueList.Empty<SdgId>();

    /// <summary>What the source says about SDG links as the file states it; <see langword="null"/> when the file leaves it to the default (see <see cref="SdgStatus"/>).</summary>
    public SdgMarks? SdgMarks { get; init; }

    /// <summary>The taxonomy terms the source gives this element.</summary>
    public IReadOnlyList<Tag> Tags { get; init => field = ValueList.From(value); } = ValueList.Empty<Tag>();

    /// <summary>Links a tool proposed, held apart from the declared ones.</summary>
    public SuggestedLinks? Suggested
    {
        get => _details?.Suggested;
        init => _details = ElementDetails.With(_details, value, static d => d.Suggested, static (d, v) => d with { Suggested = v });
    }

    /// <summary>Reviewers' decisions on suggestions: what was accepted into the declared links and what was rejected.</summary>
    public ReviewRecord? Review
    {
        get => _details?.Review;
        init => _details = ElementDetails.With(_details, value, static d => d.Review, static (d, v) => d with { Review = v });
    }

    /// <summary>Other elements this one refers to.</summary>
    public IReadOnlyList<ElementReference> References
    {
        get => _details?.References ?? ValueList.Empty<ElementReference>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.References, static (d, v) => d with { References = v });
    }

    /// <summary>Indicators (KPIs, 成果指標) of this element.</summary>
    public IReadOnlyList<Kpi> Kpis
    {
        get => _details?.Kpis ?? ValueList.Empty<Kpi>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.Kpis, static (d, v) => d with { Kpis = v });
    }

    /// <summary>Related plans (関連する個別計画, 関連する分野別計画), names as printed.</summary>
    public IReadOnlyList<string> RelatedPlans
    {
        get => _details?.RelatedPlans ?? ValueList.Empty<string>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.RelatedPlans, static (d, v) => d with { RelatedPlans = v });
    }

    /// <summary>Whether the source marks the element as a priority (重点).</summary>
    public bool Priority { get; init; }

    /// <summary>Other places where the source prints this element differently.</summary>
    public IReadOnlyList<CodeVariant> Variants
    {
        get => _details?.Variants ?? ValueList.Empty<CodeVariant>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.Variants, static (d, v) => d with { Variants = v });
    }

    /// <summary>The parts of the element the source text lost.</summary>
    public IReadOnlyList<LostField> Lost
    {
        get => _details?.Lost ?? ValueList.Empty<LostField>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.Lost, static (d, v) => d with { Lost = v });
    }

    /// <summary>Where in the source the element is printed.</summary>
    public SourceLocation? Source
    {
        get => _details?.Source;
        init => _details = ElementDetails.With(_details, value, static d => d.Source, static (d, v) => d with { Source = v });
    }

    /// <summary>Anything else about this element.</summary>
    public IReadOnlyList<string> Notes
    {
        get => _details?.Notes ?? ValueList.Empty<string>();
        init => _details = ElementDetails.With(_details, ValueList.From(value), static d => d.Notes, static (d, v) => d with { Notes = v });
    }

    /// <summary>The parts most elements lack, in one object or <see langword="null"/>; the fast plan reader sets them at once.</summary>
    internal ElementDetails? Details { get => _details; init => _details = value; }

    /// <summary>The printed code normalised by <see cref="ElementCode.Normalize"/>; <see langword="null"/> where none is printed.</summary>
    public string? NormalizedCode => Code is null ? null : ElementCode.Normalize(Code);

    /// <summary>
    /// What the source says about SDG links: <see cref="SdgMarks"/> when the file states it,
    /// otherwise <see cref="Model.SdgMarks.Declared"/> when <see cref="Sdg"/> holds links and
    /// <see cref="Model.SdgMarks.None"/> when it does not.
    /// </summary>
    public SdgMarks SdgStatus => SdgMarks ?? (Sdg.Count > 0 ? Model.SdgMarks.Declared : Model.SdgMarks.None);

    /// <summary>The SDG links the source itself declares: <see cref="Sdg"/> without those a reviewer accepted from suggestions (<see cref="Review"/>).</summary>
    public IEnumerable<SdgId> SdgFromSource => Review is { Accepted.Count: > 0 } review ? Sdg.Where(id => !review.Accepted.Any(a => a.Sdg == id)) : Sdg;

    /// <summary>The title, or a placeholder that says it was lost, for display.</summary>
    public string DisplayTitle => Title ?? (Lost.Contains(LostField.Title) ? Messages.TitleLostInSource : Messages.NoTitle);
}
