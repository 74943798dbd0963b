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
        var perElement = Wants(GapKind.PlanWithoutSdgLinks, GapKind.NoSdgLink, GapKind.SdgMarksLost, GapKind.MissingTag, GapKind.UnusedTerm, GapKind.KpiIncomplete, GapKind.RepostUnresolved);
        var gaps = new List<Gap>();
        var p = 0;
        foreach (var index in plans)
        {
            uncovered?.AddGaps(gaps, p++, index.Plan.Id);
            if (rolledUpOnly)
            {
                gaps.AddRange(RolledUpOnly(graph, scope with { Plans = [index.Plan.Id], Level = options.Level }, index.Plan.Id));
            }

            if (perElement)
            {
                var elements = ScopeWalk.Contributors(graph, index, elementScope);
                var found = MissingLinks(index, elements, options).Concat(UnusedTerms(index, elements, options)).Concat(KpiGaps(index, elements));
                gaps.AddRange(kinds.Count == AllKinds.Length ? found : found.Where(g => kinds.Contains(g.Kind)));
            }
        }

        if (options.AcrossPlans)
        {
            uncovered?.AddGaps(gaps, UncoveredSdgs.AcrossPlans, CoverageQueries.AllPlans);
        }

        // Each family above added only the kinds asked for, so the list needs no filtering here.
        return gaps;
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

    private static IEnumerable<Gap> MissingLinks(PlanIndex index, List<int> elements, GapOptions options)
    {
        var plan = index.Plan;
        var hasAny = plan.Elements.Any(e => e.Sdg.Count > 0 || e.SdgStatus == SdgMarks.Lost);
        if (!hasAny && options.Level is null)
        {
            yield return new Gap
            {
                Plan = plan.Id,
                Kind = GapKind.PlanWithoutSdgLinks,
                Subject = plan.Id,
                Message = Localized.Format(Messages.GapPlanWithoutSdgLinks, plan.Title),
            };
        }

        var depths = options.Level is { } level
            ? [ScopeWalk.ResolveDepth(index, level)]
            : elements.Where(i => plan.Elements[i].Sdg.Count > 0 || plan.Elements[i].SdgStatus == SdgMarks.Lost).Select(i => index.Depths[i]).ToHashSet();
        foreach (var i in elements.Where(i => index.Depths[i] > 0 && depths.Contains(index.Depths[i])))
        {
            var element = plan.Elements[i];
            var code = ScopeWalk.CodeOf(index, i);
            if (element.Sdg.Count == 0)
            {
                // The sentence is composed when read (GapMessages): a national corpus lists ~300,000 of these.
                yield return new Gap
                {
                    Plan = plan.Id,
                    Kind = element.SdgStatus == SdgMarks.Lost ? GapKind.SdgMarksLost : GapKind.NoSdgLink,
                    Subject = code,
                    Element = new ElementRef(index, i),
                };
            }

            if (options.RequiredTaxonomies.Count == 0)
            {
                continue;
            }

            foreach (var taxonomy in options.RequiredTaxonomies.Where(t => !index.Terms[i].Any(term => term.Taxonomy == t)))
            {
                yield return new Gap
                {
                    Plan = plan.Id,
                    Kind = GapKind.MissingTag,
                    Subject = code,
                    Element = new ElementRef(index, i),
                    Taxonomy = taxonomy,
                };
            }
        }
    }

    private static IEnumerable<Gap> UnusedTerms(PlanIndex index, List<int> elements, GapOptions options)
    {
        var used = elements.SelectMany(i => index.Terms[i]).ToHashSet();
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

    private static IEnumerable<Gap> KpiGaps(PlanIndex index, List<int> elements)
    {
        var plan = index.Plan;
        // Most plans repost nothing; the id set is only needed to check reposts.
        var ids = new Lazy<HashSet<string>>(() => plan.Elements.SelectMany(e => e.Kpis).Select(k => k.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var i in elements)
        {
            foreach (var kpi in plan.Elements[i].Kpis)
            {
                var missing = KpiChecks.MissingParts(kpi);
                if (missing.Count > 0 && !kpi.IsRepost)
                {
                    yield return new Gap { Plan = plan.Id, Kind = GapKind.KpiIncomplete, Subject = kpi.Id, Element = new ElementRef(index, i), Message = Localized.Format(Messages.GapKpiIncomplete, kpi.Name, ScopeWalk.CodeOf(index, i), string.Join(Messages.ListSeparator, missing)) };
                }
            }
        }

        foreach (var i in elements)
        {
            foreach (var kpi in plan.Elements[i].Kpis)
            {
                if ((kpi.IsRepost || kpi.RepostOf is not null) && KpiChecks.RepostProblem(kpi, ids.Value) is { } problem)
                {
                    yield return new Gap { Plan = plan.Id, Kind = GapKind.RepostUnresolved, Subject = kpi.Id, Element = new ElementRef(index, i), Message = Localized.Format(Messages.GapRepostUnresolved, kpi.Name, ScopeWalk.CodeOf(index, i), problem) };
                }
            }
        }
    }
}
