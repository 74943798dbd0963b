using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Suggestions;

/// <summary>
/// The suggester's proposals for the findings they can resolve — every <c>missing-sdg-link</c> —
/// found once and used two ways: as fixes on the findings, and as suggested links to store in
/// the plans (<c>validate --fix</c>).
/// </summary>
public sealed class SuggestedFixes
{
    /// <summary>The number of fixes a finding carries unless asked otherwise.</summary>
    public const int DefaultPerFinding = 3;

    private readonly PlanGraph _graph;
    private readonly IReadOnlyList<PlanDiagnostic> _findings;
    private readonly Dictionary<ElementNode, List<Suggestion>> _suggestions;

    private SuggestedFixes(PlanGraph graph, IReadOnlyList<PlanDiagnostic> findings, Dictionary<ElementNode, List<Suggestion>> suggestions)
    {
        _graph = graph;
        _findings = findings;
        _suggestions = suggestions;
    }

    /// <summary>Suggests links (default options) for the element of every <c>missing-sdg-link</c> finding among <paramref name="findings"/>.</summary>
    /// <remarks>Documents that share a plan id (a finding of its own) count once, the first.</remarks>
    public static SuggestedFixes Find(IReadOnlyList<PlanDiagnostic> findings, IReadOnlyList<PlanDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(documents);
        var wanted = findings.Where(IsMissingLink).Select(f => new ElementNode(f.Plan, f.Element!)).ToHashSet();
        var graph = PlanGraph.Build(documents.DistinctBy(d => d.Plan.Id, StringComparer.Ordinal));
        var suggestions = wanted.Count == 0
            ? []
            : graph.Suggest()
                .Where(s => wanted.Contains(s.Element))
                .GroupBy(s => s.Element)
                .ToDictionary(g => g.Key, g => g.ToList());
        return new SuggestedFixes(graph, findings, suggestions);
    }

    /// <summary>
    /// The findings with each <c>missing-sdg-link</c> carrying up to <paramref name="perFinding"/> suggested
    /// targets of its element, best first, with the words that support each; other findings unchanged, in order.
    /// </summary>
    public IReadOnlyList<PlanDiagnostic> Findings(int perFinding = DefaultPerFinding)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perFinding, 1);
        return [.. _findings.Select(f => IsMissingLink(f) && _suggestions.TryGetValue(new ElementNode(f.Plan, f.Element!), out var mine)
            ? f with { Fixes = [.. mine.Take(perFinding).Select(s => Fix(s, f.Line))] }
            : f)];
    }

    /// <summary>
    /// Each plan with an element missing a link, as it is with that element's suggestions stored as
    /// <c>suggested</c> (never declared; SdgMap's earlier suggestions for it replaced). Plans that
    /// would not change are left out.
    /// </summary>
    public IReadOnlyList<(PlanDocument Document, Plan Updated)> PlanChanges()
    {
        var changes = new List<(PlanDocument, Plan)>();
        foreach (var plan in _findings.Where(IsMissingLink).GroupBy(f => f.Plan, StringComparer.Ordinal))
        {
            var document = _graph.Documents.First(d => d.Plan.Id == plan.Key);
            var elements = plan.Select(f => f.Element!).ToHashSet(StringComparer.Ordinal);
            var mine = elements.SelectMany(e => _suggestions.GetValueOrDefault(new ElementNode(plan.Key, e)) ?? []);
            var updated = document.Plan.WithSuggestions(mine, replaceFor: elements);
            if (!ReferenceEquals(updated, document.Plan))
            {
                changes.Add((document, updated));
            }
        }

        return changes;
    }

    private static bool IsMissingLink(PlanDiagnostic finding) => finding.Rule == ValidationRules.MissingSdgLink.Id && finding.Element is not null;

    private DiagnosticFix Fix(Suggestion s, int? line) => new()
    {
        Sdg = s.Sdg!.Value,
        Label = _graph.Catalog.Goal(s.Sdg.Value.GoalId).ShortTitleJa,
        Evidence = [.. s.Evidence.Select(e => e.Text).Distinct(StringComparer.Ordinal)],
        Line = line,
    };
}
