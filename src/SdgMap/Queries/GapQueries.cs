using System.Runtime.InteropServices;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>Where plans fall short: uncovered goals and targets, elements without SDG links or required tags, unused terms, incomplete KPIs.</summary>
public static class GapQueries
{
    /// <summary>
    /// The gaps of every plan in scope, plans ordered by id and each plan's gaps in the order of
    /// <see cref="GapKind"/>, then in plan or UN order. Scope a query to a policy with
    /// <see cref="QueryScope.Within"/>. Linear in the size of the plans in scope.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="GapOptions.Kinds"/> holds a value that is no <see cref="GapKind"/>, or <see cref="GapOptions.Level"/>,
    /// <see cref="GapOptions.RequiredTaxonomies"/> or the scope's level or tag name one no plan in scope has.</exception>
    /// <exception cref="UnknownIdException">The scope names a plan or element the graph does not hold.</exception>
    public static IReadOnlyList<Gap> Gaps(this PlanGraph graph, GapOptions? options = null, QueryScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= GapOptions.Default;
        scope ??= QueryScope.All;
        var kinds = Kinds(options);
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        ScopeWalk.Check(plans, scope, options.Level);
        foreach (var taxonomy in options.RequiredTaxonomies)
        {
            KnownNames.CheckTaxonomy([.. plans.Select(i => i.Plan)], taxonomy);
        }

        bool Wants(params GapKind[] any) => any.Any(kinds.Contains);
        var elementScope = scope with { Level = null, Tag = null };
        var uncovered = Wants(GapKind.UncoveredGoal, GapKind.UncoveredTarget, GapKind.SuggestedOnlyGoal)
            ? new UncoveredSdgs(graph, scope, options, kinds)
            : null;
        var rolledUpOnly = options.Level is not null && Wants(GapKind.RolledUpOnlyGoal);

        // Each family runs only when one of its kinds is asked for and adds only the kinds asked
        // for, so the list needs no filtering afterwards and a query for element rows does not
        // pay for terms and KPIs it drops.
        var missingLinks = Wants(GapKind.PlanWithoutSdgLinks, GapKind.NoSdgLink, GapKind.SdgMarksLost, GapKind.MissingTag);
        var unusedTerms = Wants(GapKind.UnusedTerm);
        var kpis = Wants(GapKind.KpiIncomplete, GapKind.RepostUnresolved);
        var perElement = missingLinks || unusedTerms || kpis;

        // One walk per plan, then one list made at its final size: a national corpus lists ~300,000
        // rows, and a growing list would copy them over and over. The walk counts the uncovered
        // SDGs, keeps the element rows as positions and makes the few other gaps aside; the second
        // loop adds everything in order.
        var aside = new PlanAside[plans.Count];
        // Without required tags an element gives at most one row, and a plan one more.
        var rows = missingLinks ? new List<ElementGaps.Row>(plans.Sum(i => i.Count) + plans.Count) : null;
        var count = 0;
        for (var p = 0; p < plans.Count; p++)
        {
            var index = plans[p];
            ref var plan = ref aside[p];
            count += uncovered?.Count(p) ?? 0;
            if (rolledUpOnly)
            {
                plan.Before = [.. RolledUpOnly(graph, scope with { Plans = [index.Plan.Id], Level = options.Level }, index.Plan.Id)];
                count += plan.Before.Count;
            }

            if (!perElement)
            {
                continue;
            }

            var elements = ScopeWalk.ContributorsOrAll(graph, index, elementScope);
            if (rows is not null)
            {
                plan.RowsFrom = rows.Count;
                ElementGaps.MissingLinks(index, elements, options, kinds, rows);
                plan.RowsTo = rows.Count;
            }

            if (unusedTerms || kpis)
            {
                plan.After = [.. unusedTerms ? UnusedTerms(index, elements, options) : []];
                if (kpis)
                {
                    ElementGaps.Kpis(plan.After, index, elements, kinds);
                }

                count += plan.After.Count;
            }
        }

        count += rows?.Count ?? 0;
        count += options.AcrossPlans ? uncovered?.Count(UncoveredSdgs.AcrossPlans) ?? 0 : 0;
        var gaps = new List<Gap>(count);
        for (var p = 0; p < plans.Count; p++)
        {
            var index = plans[p];
            ref readonly var plan = ref aside[p];
            uncovered?.AddGaps(gaps, p, index.Plan.Id);
            gaps.AddRange(plan.Before ?? []);
            if (rows is not null)
            {
                ElementGaps.Add(gaps, index, CollectionsMarshal.AsSpan(rows)[plan.RowsFrom..plan.RowsTo], options.RequiredTaxonomies);
            }

            gaps.AddRange(plan.After ?? []);
        }

        if (options.AcrossPlans)
        {
            uncovered?.AddGaps(gaps, UncoveredSdgs.AcrossPlans, CoverageQueries.AllPlans);
        }

        return gaps;
    }

    /// <summary>What the walk keeps of one plan for the second loop: where its element rows lie in the shared list, and the gaps made aside.</summary>
    private struct PlanAside
    {
        public int RowsFrom;
        public int RowsTo;
        public List<Gap>? Before;
        public List<Gap>? After;
    }

    private static readonly GapKind[] AllKinds = Enum.GetValues<GapKind>();

    private static HashSet<GapKind> Kinds(GapOptions options)
    {
        if (options.Kinds is null)
        {
            return [.. AllKinds];
        }

        var unknown = options.Kinds.Where(k => !Enum.IsDefined(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(Localized.Format(Messages.UnknownGapKind, string.Join(", ", unknown.Select(k => $"{(int)k}")), string.Join(", ", AllKinds)), nameof(options));
        }

        return [.. options.Kinds];
    }

    private static IEnumerable<Gap> RolledUpOnly(PlanGraph graph, QueryScope scope, string plan) =>
        graph.Coverage(SdgLevel.Goal, scope)
            .Where(r => r.Covered && r.RolledUp.Count == r.Count)
            .Select(r => new Gap
            {
                Plan = plan,
                Kind = GapKind.RolledUpOnlyGoal,
                Subject = r.Sdg.ToString(),
                Sdg = r.Sdg,
                Message = Localized.Format(Messages.GapRolledUpOnly, scope.Level, r.Sdg, string.Join(", ", r.Elements.Select(e => e.Code))),
            });

    private static IEnumerable<Gap> UnusedTerms(PlanIndex index, List<int>? elements, GapOptions options)
    {
        var used = new HashSet<TermNode>();
        for (var k = 0; k < ScopeWalk.CountOf(elements, index); k++)
        {
            foreach (var term in index.Terms[ScopeWalk.At(elements, k)])
            {
                used.Add(term);
            }
        }

        // The plan's own taxonomies as the tag rule reads them: none shadowed by a built-in, each id once.
        var own = index.Plan.Taxonomies.Select(t => t.Id).Distinct(StringComparer.Ordinal)
            .Select(id => index.Tags.TryGetTaxonomy(id, out var taxonomy, out var scope) ? (Taxonomy: taxonomy, Scope: scope) : default)
            .Where(t => t.Scope.Length > 0);
        var taxonomies = own
            .Concat(BuiltInTaxonomies.All
                .Where(b => options.RequiredTaxonomies.Contains(b.Id) || used.Any(u => u.Scope.Length == 0 && u.Taxonomy == b.Id))
                .Select(b => (Taxonomy: b, Scope: string.Empty)));
        foreach (var (taxonomy, scopeId) in taxonomies)
        {
            foreach (var term in taxonomy.Terms.Where(t => !used.Contains(new TermNode(scopeId, taxonomy.Id, t.Id))))
            {
                yield return new Gap
                {
                    Plan = index.Plan.Id,
                    Kind = GapKind.UnusedTerm,
                    Subject = $"{taxonomy.Id}:{term.Id}",
                    Taxonomy = taxonomy.Id,
                    Message = Localized.Format(Messages.GapUnusedTerm, taxonomy.Name, term.PrintedMark, term.Label),
                };
            }
        }
    }
}
