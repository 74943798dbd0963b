using SdgMap.Graph;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Suggestions;

/// <summary>Attaches the suggester's top proposals to the findings they can resolve: every <c>missing-sdg-link</c>.</summary>
public static class SuggestedFixes
{
    /// <summary>The number of fixes a finding carries unless asked otherwise.</summary>
    public const int DefaultPerFinding = 3;

    /// <summary>
    /// <paramref name="findings"/> with each <see cref="ValidationRules.MissingSdgLink"/> finding carrying
    /// up to <paramref name="perFinding"/> suggested targets of its element (at the default score), with the
    /// words that support each; other findings unchanged, in the same order.
    /// </summary>
    public static IReadOnlyList<PlanDiagnostic> Attach(IReadOnlyList<PlanDiagnostic> findings, IReadOnlyList<PlanDocument> documents, int perFinding = DefaultPerFinding)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(perFinding, 1);
        if (!findings.Any(f => f.Rule == ValidationRules.MissingSdgLink.Id && f.Element is not null))
        {
            return findings;
        }

        var graph = PlanGraph.Build(documents.DistinctBy(d => d.Plan.Id, StringComparer.Ordinal));
        var suggestions = For(graph, findings, perFinding);
        return [.. findings.Select(f => f.Rule == ValidationRules.MissingSdgLink.Id && f.Element is { } id && suggestions.TryGetValue(new ElementNode(f.Plan, id), out var mine)
            ? f with { Fixes = [.. mine.Select(s => Fix(graph, s, f.Line))] }
            : f)];
    }

    /// <summary>The suggestions for the elements of every <c>missing-sdg-link</c> finding, best first.</summary>
    internal static Dictionary<ElementNode, List<Suggestion>> For(PlanGraph graph, IEnumerable<PlanDiagnostic> findings, int perFinding)
    {
        var wanted = findings.Where(f => f.Rule == ValidationRules.MissingSdgLink.Id && f.Element is not null)
            .Select(f => new ElementNode(f.Plan, f.Element!))
            .ToHashSet();
        return graph.Suggest(new SuggestOptions { Top = perFinding })
            .Where(s => wanted.Contains(s.Element))
            .GroupBy(s => s.Element)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    private static DiagnosticFix Fix(PlanGraph graph, Suggestion s, int? line) => new()
    {
        Sdg = s.Sdg!.Value,
        Label = graph.Catalog.Goal(s.Sdg.Value.GoalId).ShortTitleJa,
        Evidence = [.. s.Evidence.Where(e => e.Text.Length > 0).Select(e => e.Text).Distinct(StringComparer.Ordinal)],
        Line = line,
    };
}
