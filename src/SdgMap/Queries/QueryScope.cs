using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>
/// Which part of a <see cref="PlanGraph"/> a query looks at: some plans, the subtree of one
/// element, the elements of one level, the elements carrying one taxonomy term, or any mix.
/// Every filter left unset lets everything through.
/// </summary>
public sealed record QueryScope
{
    /// <summary>Everything in the graph.</summary>
    public static QueryScope All { get; } = new();

    /// <summary>Only these plans (by id); <see langword="null"/> for every plan.</summary>
    public IReadOnlyList<string>? Plans { get; init; }

    /// <summary>Only this element and its descendants.</summary>
    public ElementNode? Within { get; init; }

    /// <summary>
    /// Only elements of this level, by name (<c>施策</c>) or depth (<c>2</c>); their links are
    /// rolled up from their descendants. A plan with no level of that name contributes nothing;
    /// a level no plan in scope has (or a depth none reaches) makes the query throw <see cref="ArgumentException"/>.
    /// </summary>
    public string? Level { get; init; }

    /// <summary>Only elements carrying this term (<c>care:medical</c>, or a plan's own <c>reform:1</c>); their links are rolled up from their descendants. A term no plan in scope has makes the query throw <see cref="ArgumentException"/>.</summary>
    public Tag? Tag { get; init; }

    /// <summary>Whether links and tags a tool suggested count (they never count unless asked for).</summary>
    public bool IncludeSuggested { get; init; }

    /// <summary>Whether a contributing element's links include its descendants' (true when <see cref="Level"/> or <see cref="Tag"/> is set).</summary>
    internal bool RollsUp => Level is not null || Tag is not null;
}
