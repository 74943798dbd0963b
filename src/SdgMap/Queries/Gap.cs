using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>One gap: something a plan does not cover, lacks or leaves unused.</summary>
/// <remarks>
/// A gap about an element keeps a reference to it and composes its sentence when
/// <see cref="Message"/> is first read, so that listing hundreds of thousands of elements without
/// SDG links costs the references, not the sentences; the sentence is in the UI culture current
/// when it is first read. Two gaps are equal when their plan, kind,
/// subject, SDG, element, taxonomy and message are.
/// </remarks>
public sealed record Gap
{
    /// <summary>The plan's id, or <see cref="CoverageQueries.AllPlans"/> for a gap across every plan in scope.</summary>
    public required string Plan { get; init; }

    /// <summary>The kind of gap.</summary>
    public required GapKind Kind { get; init; }

    /// <summary>What the gap is about as text: an SDG id, an element's normalised code, a KPI id, a <c>taxonomy:term</c> or the plan id.</summary>
    public required string Subject { get; init; }

    /// <summary>The goal or target, for the uncovered-SDG and covered-only-by kinds.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The element the gap is about (for KPI gaps, the element listing the KPI).</summary>
    public ElementRef? Element
    {
        get => _position == NoElement ? null : new ElementRef(_index!, _position);
        init => (_index, _position) = value is { } e ? (e.Index, e.Position) : (null, NoElement);
    }

    // The element reference held unwrapped: a nullable ElementRef takes 24 bytes (reference, position,
    // flag, padding) and these two fields 12, which brings a gap from 80 to 72 bytes; a national
    // corpus lists ~300,000 of them. default(ElementRef) keeps its null index and position 0.
    private const int NoElement = -1;
    private readonly PlanIndex? _index;
    private readonly int _position = NoElement;

    /// <summary>The taxonomy, for <see cref="GapKind.MissingTag"/> and <see cref="GapKind.UnusedTerm"/> gaps.</summary>
    public string? Taxonomy { get; init; }

    /// <summary>The gap in one sentence that names the subject.</summary>
    public string Message
    {
        get => field ??= GapMessages.Compose(this);
        init;
    }

    /// <summary>Whether both gaps say the same thing about the same subject.</summary>
    public bool Equals(Gap? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Plan == other.Plan && Kind == other.Kind && Subject == other.Subject && Sdg == other.Sdg
             && Nullable.Equals(Element, other.Element) && Taxonomy == other.Taxonomy && Message == other.Message));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Plan, Kind, Subject, Sdg, Element, Taxonomy);
}

/// <summary>The kinds of <see cref="Gap"/>, in the order gaps of one plan are listed.</summary>
public enum GapKind
{
    /// <summary>No element in scope covers the goal.</summary>
    UncoveredGoal,

    /// <summary>No element in scope covers the target.</summary>
    UncoveredTarget,

    /// <summary>The goal is covered only through links a tool suggested.</summary>
    SuggestedOnlyGoal,

    /// <summary>At the chosen level no element links the goal itself; only their descendants do.</summary>
    RolledUpOnlyGoal,

    /// <summary>The plan's source declares no SDG link anywhere.</summary>
    PlanWithoutSdgLinks,

    /// <summary>An element at the checked level carries no SDG link and the source declares none.</summary>
    NoSdgLink,

    /// <summary>An element at the checked level carries no SDG link because the source's marks were lost.</summary>
    SdgMarksLost,

    /// <summary>An element at the checked level carries no term of a required taxonomy.</summary>
    MissingTag,

    /// <summary>No element carries the taxonomy term.</summary>
    UnusedTerm,

    /// <summary>A KPI lacks a unit, a baseline value or a target value.</summary>
    KpiIncomplete,

    /// <summary>A 【再掲】 KPI whose original cannot be found.</summary>
    RepostUnresolved,
}

/// <summary>The sentences of the gaps that name an element, composed when first read.</summary>
internal static class GapMessages
{
    public static string Compose(Gap gap)
    {
        if (gap.Element is not { } element)
        {
            return string.Empty;
        }

        var e = element.Element;
        return gap.Kind switch
        {
            GapKind.NoSdgLink => Localized.Format(Messages.GapNoSdgLink, e.Level, element.Code, e.DisplayTitle),
            GapKind.SdgMarksLost => Localized.Format(Messages.GapSdgMarksLost, e.Level, element.Code, e.DisplayTitle),
            GapKind.MissingTag => Localized.Format(Messages.GapMissingTag, e.Level, element.Code, e.DisplayTitle, gap.Taxonomy),
            _ => string.Empty,
        };
    }
}
