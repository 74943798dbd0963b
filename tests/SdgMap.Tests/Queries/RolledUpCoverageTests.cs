using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Queries;

/// <summary>
/// Coverage at a level or a term against the definition read straight off the plan: a contributing
/// element covers an SDG when it or any element whose parent chain reaches it carries a link to it
/// (a target link covers its goal). The kernel computes the same from bit sets folded up the tree
/// once; these properties pin that the shortcut changes no row, also on parent cycles and chains.
/// </summary>
public class RolledUpCoverageTests
{
    public static class Shapes
    {
        /// <summary>Generated plans whose parents are rewired at random: forests, chains, self-parents and cycles.</summary>
        public static Arbitrary<RewiredPlan> Plans() =>
            (from plan in PlanGen.Plan
             from parents in Gen.Choose(-3, 24).ArrayOf(plan.Elements.Count)
             from extra in PlanGen.Sdg.ArrayOf(plan.Elements.Count)
             from chain in Gen.Elements(true, false)
             select new RewiredPlan(plan with
             {
                 Elements = [.. plan.Elements.Select((e, i) => e with
                 {
                     Parent = chain ? (i == 0 ? null : $"e{i - 1}") : parents[i] < 0 ? null : $"e{parents[i] % plan.Elements.Count}",
                     // A suggestion nothing declares, so that suggested-only contributions occur.
                     Suggested = i % 2 == 0 ? e.Suggested : new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = extra[i], By = "test", Confidence = 0.5 }] },
                 })],
             })).ToArbitrary();
    }

    /// <summary>A plan for these properties (a wrapper, so its arbitrary does not replace the shared one).</summary>
    public sealed record RewiredPlan(Plan Plan)
    {
        public override string ToString() => string.Join("; ", Plan.Elements.Select(e => $"{e.Id}<{e.Parent} {e.Level} [{string.Join(",", e.Sdg)}] s[{string.Join(",", e.Suggested?.Sdg.Select(l => l.Id) ?? [])}] t[{string.Join(",", e.Tags)}]"));
    }

    [Property(Arbitrary = [typeof(Shapes)], MaxTest = 200)]
    public bool CoverageAtEachLevel_EqualsTheUnionOverEachElementsSubtree(RewiredPlan generated, bool includeSuggested, bool byGoal, bool combined)
    {
        var plan = generated.Plan;
        var graph = PlanGraph.Build([plan]);
        var by = byGoal ? SdgLevel.Goal : SdgLevel.Target;
        foreach (var level in plan.Levels)
        {
            var scope = new QueryScope { Level = level.Name, IncludeSuggested = includeSuggested };
            var expected = Reference(plan, e => e.Level == level.Name, by, includeSuggested, combined ? CoverageQueries.AllPlans : plan.Id);
            if (!Same(expected, graph.Coverage(by, scope, combined)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(Shapes)], MaxTest = 200)]
    public bool CoverageOfATerm_EqualsTheUnionOverEachTaggedElementsSubtree(RewiredPlan generated, bool includeSuggested, bool byGoal)
    {
        var plan = generated.Plan;
        var graph = PlanGraph.Build([plan]);
        var by = byGoal ? SdgLevel.Goal : SdgLevel.Target;
        var tag = new Tag("care", "medical");
        var expected = Reference(plan, e => e.Tags.Contains(tag), by, includeSuggested, plan.Id);
        return Same(expected, graph.Coverage(by, new QueryScope { Tag = tag, IncludeSuggested = includeSuggested }));
    }

    [Fact]
    public void CoverageAtALevel_OnAChain_ListsEveryElementAboveEachLink_AsRolledUp()
    {
        // e0 <- e1 <- ... <- e9; only e9 (the leaf) declares 3.8, so e0..e8 cover goal 3 through it.
        var plan = new Plan
        {
            Id = "chain",
            Municipality = new Municipality { Name = "架空市" },
            Title = "鎖",
            Levels = [new PlanLevel { Name = "施策" }],
            Elements = [.. Enumerable.Range(0, 10).Select(i => new PlanElement { Id = $"e{i}", Level = "施策", Title = "推進", Parent = i == 0 ? null : $"e{i - 1}", Sdg = i == 9 ? [SdgId.Parse("3.8")] : [] })],
        };
        var row = PlanGraph.Build([plan]).Coverage(SdgLevel.Goal, new QueryScope { Level = "施策" }).Single(r => r.Sdg == SdgId.Parse("3"));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"e{i}"), row.Elements.Select(e => e.ElementId));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"e{i}"), row.RolledUp.Select(e => e.ElementId));
        Assert.Empty(row.SuggestedOnly);
    }

    private sealed record Row(string Plan, SdgId Sdg, string[] Elements, string[] RolledUp, string[] SuggestedOnly);

    /// <summary>The rows by definition: every contributor's subtree found by walking each element's parent chain up.</summary>
    private static List<Row> Reference(Plan plan, Func<PlanElement, bool> contributes, SdgLevel by, bool includeSuggested, string rowPlan)
    {
        var catalog = SdgCatalog.Default;
        var elements = plan.Elements;
        var byId = elements.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        bool Reaches(PlanElement from, PlanElement to)
        {
            var seen = new HashSet<string>();
            for (var e = from; e is not null && seen.Add(e.Id); e = e.Parent is { } p && p != e.Id ? byId.GetValueOrDefault(p) : null)
            {
                if (ReferenceEquals(e, to))
                {
                    return true;
                }
            }

            return false;
        }

        bool Matches(SdgId link, SdgId sdg) => by == SdgLevel.Target ? link == sdg : link.Goal == sdg.Goal;
        IEnumerable<SdgId> Declared(PlanElement e) => e.Sdg;
        IEnumerable<SdgId> Suggested(PlanElement e) => includeSuggested ? e.Suggested?.Sdg.Select(l => l.Id) ?? [] : [];

        var ids = by == SdgLevel.Goal ? catalog.Goals.Select(g => g.Id) : catalog.Targets.Select(t => t.Id);
        var contributors = elements.Where(contributes).ToList();
        var reach = contributors.Select(c => elements.Where(e => Reaches(e, c)).ToList()).ToList();
        var rows = new List<Row>();
        foreach (var sdg in ids)
        {
            var covering = new List<string>();
            var rolledUp = new List<string>();
            var suggestedOnly = new List<string>();
            for (var k = 0; k < contributors.Count; k++)
            {
                var c = contributors[k];
                var below = reach[k];
                var declared = below.Any(e => Declared(e).Any(l => Matches(l, sdg)));
                if (!declared && !below.Any(e => Suggested(e).Any(l => Matches(l, sdg))))
                {
                    continue;
                }

                covering.Add(c.Id);
                if (!Declared(c).Concat(Suggested(c)).Any(l => Matches(l, sdg)))
                {
                    rolledUp.Add(c.Id);
                }

                if (!declared)
                {
                    suggestedOnly.Add(c.Id);
                }
            }

            rows.Add(new Row(rowPlan, sdg, [.. covering], [.. rolledUp], [.. suggestedOnly]));
        }

        return rows;
    }

    private static bool Same(List<Row> expected, IReadOnlyList<SdgCoverage> actual) =>
        expected.Count == actual.Count && expected.Zip(actual).All(p =>
            p.First.Plan == p.Second.Plan && p.First.Sdg == p.Second.Sdg
            && p.Second.Covered == (p.First.Elements.Length > 0) && p.Second.Count == p.First.Elements.Length
            && p.First.Elements.SequenceEqual(p.Second.Elements.Select(e => e.ElementId))
            && p.First.RolledUp.SequenceEqual(p.Second.RolledUp.Select(e => e.ElementId))
            && p.First.SuggestedOnly.SequenceEqual(p.Second.SuggestedOnly.Select(e => e.ElementId)));
}
