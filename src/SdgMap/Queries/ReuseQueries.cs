using SdgMap.Graph;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>Where work is reused across policies and plans.</summary>
public static partial class ReuseQueries
{
    /// <summary>
    /// Reuse groups in scope, listed by kind (referenced, reposted KPI, shared targets, identical
    /// text, similar text) and within a kind by plan and first member. Explicit and shared-target
    /// reuse are linear in the size of the plans in scope; textual reuse compares titles (and, if
    /// asked, descriptions) by character 2-gram Jaccard with MinHash and locality-sensitive
    /// hashing, every candidate verified exactly (<see cref="Reuse.NearDuplicateIndex"/>).
    /// </summary>
    /// <param name="graph">The plans.</param>
    /// <param name="options">Which kinds of reuse to find.</param>
    /// <param name="scope">The plans and elements to look in.</param>
    /// <param name="progress">Told each step finished (stage <c>reuse</c>; three steps: explicit, shared targets, text).</param>
    /// <param name="cancellationToken">Stops the search between its steps.</param>
    /// <exception cref="ArgumentException"><see cref="ReuseOptions.Level"/> or the scope's level or tag names one no plan in scope has.</exception>
    /// <exception cref="UnknownIdException">The scope names a plan or element the graph does not hold.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<ReuseGroup> Reuse(this PlanGraph graph, ReuseOptions? options = null, QueryScope? scope = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ReuseOptions.Default;
        scope ??= QueryScope.All;
        var plans = ScopeWalk.Plans(graph, scope).ToList();
        ScopeWalk.Check(plans, scope, options.Level);
        var groups = new List<(ReuseKind Kind, double Score, List<(PlanIndex Index, int Element)> Members, string Matched)>();
        if (options.Explicit)
        {
            groups.AddRange(Referenced(plans));
            groups.AddRange(RepostedKpis(plans));
        }

        Step(1, cancellationToken, progress);

        var candidates = plans.SelectMany(p => ScopeWalk.Contributors(graph, p, scope with { Level = options.Level, Tag = null }).Select(i => (Index: p, Element: i))).ToList();
        if (options.SharedTargets)
        {
            groups.AddRange(SharedTargets(graph, candidates));
        }

        Step(2, cancellationToken, progress);

        if (options.Textual)
        {
            groups.AddRange(Textual(candidates, options));
        }

        Step(3, cancellationToken, progress);

        return [.. groups.Select((g, n) => new ReuseGroup
        {
            Group = n + 1,
            Kind = g.Kind,
            Score = g.Score,
            Elements = [.. g.Members.Select(m => new ElementRef(m.Index, m.Element))],
            Matched = g.Matched,
        })];
    }

    private static void Step(int done, CancellationToken cancellationToken, IProgress<WorkProgress>? progress)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WorkProgress { Stage = "reuse", Done = done, Total = 3 });
    }

    private static IEnumerable<(ReuseKind, double, List<(PlanIndex, int)>, string)> Referenced(List<PlanIndex> plans)
    {
        foreach (var index in plans)
        {
            var referrers = new SortedDictionary<int, List<string>>();
            void Add(int target, string by) => (referrers.TryGetValue(target, out var list) ? list : referrers[target] = []).Add(by);
            var elements = index.Plan.Elements;
            for (var i = 0; i < elements.Count; i++)
            {
                foreach (var reference in elements[i].References)
                {
                    if (index.Ids.TryGetValue(reference.Element, out var r) && r != i)
                    {
                        Add(r, ScopeWalk.CodeOf(index, i));
                    }
                }
            }

            foreach (var taxonomy in index.Plan.Taxonomies)
            {
                foreach (var term in taxonomy.Terms)
                {
                    foreach (var member in term.Members)
                    {
                        if (index.Ids.TryGetValue(member.Element, out var m))
                        {
                            Add(m, $"{taxonomy.Name}{term.PrintedMark ?? " "}{term.Label}");
                        }
                    }
                }
            }

            foreach (var (target, by) in referrers)
            {
                var distinct = by.Distinct().ToList();
                if (distinct.Count >= 2)
                {
                    yield return (ReuseKind.Referenced, 1.0, [(index, target)], Localized.Format(Messages.ReuseReferencedBy, string.Join(Messages.ListSeparator, distinct)));
                }
            }
        }
    }

    private static IEnumerable<(ReuseKind, double, List<(PlanIndex, int)>, string)> RepostedKpis(List<PlanIndex> plans)
    {
        foreach (var index in plans)
        {
            var owner = new Dictionary<string, int>(StringComparer.Ordinal);
            var elements = index.Plan.Elements;
            for (var i = 0; i < elements.Count; i++)
            {
                foreach (var kpi in elements[i].Kpis)
                {
                    owner.TryAdd(kpi.Id, i);
                }
            }

            var reposts = new SortedDictionary<(int Owner, string Kpi), SortedSet<int>>();
            for (var i = 0; i < elements.Count; i++)
            {
                foreach (var kpi in elements[i].Kpis)
                {
                    if (kpi.RepostOf is { } original && owner.TryGetValue(original, out var o) && o != i)
                    {
                        var key = (o, original);
                        (reposts.TryGetValue(key, out var set) ? set : reposts[key] = []).Add(i);
                    }
                }
            }

            foreach (var ((o, kpiId), repeatedBy) in reposts)
            {
                var name = elements[o].Kpis.First(k => k.Id == kpiId).Name;
                yield return (ReuseKind.RepostedKpi, 1.0, [(index, o), .. repeatedBy.Select(r => (index, r))], Localized.Format(Messages.ReuseRepostedKpi, name, kpiId));
            }
        }
    }

    private static IEnumerable<(ReuseKind, double, List<(PlanIndex, int)>, string)> SharedTargets(PlanGraph graph, List<(PlanIndex Index, int Element)> candidates)
    {
        var byTargets = new Dictionary<string, List<(PlanIndex Index, int Element)>>(StringComparer.Ordinal);
        foreach (var (index, i) in candidates)
        {
            var targets = index.Declared[i].Select(graph.Catalog.AtDense).Where(id => id.IsTarget).ToList();
            if (targets.Count > 0)
            {
                var key = string.Join(' ', targets);
                (byTargets.TryGetValue(key, out var list) ? list : byTargets[key] = []).Add((index, i));
            }
        }

        foreach (var (key, members) in byTargets.OrderBy(kv => kv.Value[0].Index.Plan.Id, StringComparer.Ordinal).ThenBy(kv => kv.Value[0].Element))
        {
            var parents = members.Select(m => (m.Index.Plan.Id, m.Index.Parents[m.Element])).Distinct().Count();
            if (members.Count >= 2 && parents >= 2)
            {
                yield return (ReuseKind.SharedTargets, 1.0, members, Localized.Format(Messages.ReuseSharedTargets, key));
            }
        }
    }
}
