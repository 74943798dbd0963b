using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Hostile;

/// <summary>What must hold of any plan the library lets through: it can be validated, drawn, queried and written.</summary>
internal static class UsablePlan
{
    /// <summary>
    /// Validates twice (same findings both times), builds the graph, runs the queries and every
    /// export; returns the findings. Any exception here is a defect: a loaded plan is usable.
    /// </summary>
    public static IReadOnlyList<PlanDiagnostic> Check(PlanDocument document)
    {
        // Requiring a level the plan lacks is refused (a typo must not switch the check off), so only a plan with levels is asked for one.
        var options = new ValidationOptions { RequireSdgAt = document.Plan.Levels.Count > 0 ? "1" : null };
        var findings = PlanValidator.Validate(document, options);
        Assert.Equal(findings, PlanValidator.Validate(document, options));
        Assert.All(findings, f => Assert.Equal(document.Plan.Id, f.Plan));

        var graph = PlanGraph.Build([document]);
        var planId = document.Plan.Id;
        Assert.Equal(document.Plan.Elements.Count, graph.Elements(planId).Count());
        foreach (var node in graph.Elements(planId).Take(200))
        {
            _ = graph.SdgLinksOf(node, includeInherited: true, includeSuggested: true);
            _ = graph.DescendantsOf(node).Count();
            _ = graph.AncestorsOf(node).Count();
        }

        _ = graph.Coverage(SdgLevel.Target, new QueryScope { IncludeSuggested = true });
        _ = graph.Coverage(SdgLevel.Goal, combined: true);
        _ = graph.Gaps(new GapOptions { RequiredTaxonomies = ["care"] });
        _ = graph.Reuse();
        _ = graph.Graph.EdgeCount;
        _ = PlanDiagram.ToDot(graph, planId);
        _ = PlanDiagram.ToMermaid(graph, planId);
        _ = PlanLinkedData.Write(graph, planId);
        var csv = new StringWriter();
        PlanCsv.Write(document.Plan, csv);
        _ = PlanJson.ToUtf8Bytes(document.Plan);
        return findings;
    }

    /// <summary>The plan written as a plan file and read back.</summary>
    public static Plan RoundTrip(Plan plan) => PlanJson.Parse(PlanJson.ToUtf8Bytes(plan)).Plan;
}
