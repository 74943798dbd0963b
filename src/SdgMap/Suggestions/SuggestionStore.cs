using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;

namespace SdgMap.Suggestions;

/// <summary>Puts suggestions into a plan's <c>suggested</c> links, where queries count them only when asked.</summary>
public static class SuggestionStore
{
    /// <summary>
    /// The plan with <paramref name="suggestions"/> stored as its suggested links. For each element in
    /// <paramref name="replaceFor"/> (every element named by a suggestion when null), what SdgMap suggested
    /// before of the same kind (SDGs, or tags when <paramref name="tags"/>) is replaced; links other
    /// proposers suggested and declared links are kept as they are.
    /// </summary>
    /// <exception cref="ArgumentException">A suggestion names an element of another plan or none of this plan's.</exception>
    public static Plan WithSuggestions(this Plan plan, IEnumerable<Suggestion> suggestions, bool tags = false, IEnumerable<string>? replaceFor = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(suggestions);
        var ids = plan.Elements.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var byElement = new Dictionary<string, List<Suggestion>>(StringComparer.Ordinal);
        foreach (var s in suggestions)
        {
            if (s.Element.PlanId != plan.Id || !ids.Contains(s.Element.ElementId))
            {
                throw new ArgumentException($"The suggestion for {s.Element} names no element of plan '{plan.Id}'.", nameof(suggestions));
            }

            if ((s.Tag is not null) != tags)
            {
                continue;
            }

            if (!byElement.TryGetValue(s.Element.ElementId, out var list))
            {
                byElement.Add(s.Element.ElementId, list = []);
            }

            list.Add(s);
        }

        var replace = (replaceFor ?? byElement.Keys).ToHashSet(StringComparer.Ordinal);
        var changed = false;
        var elements = plan.Elements.Select(element =>
        {
            if (!replace.Contains(element.Id))
            {
                return element;
            }

            var mine = byElement.GetValueOrDefault(element.Id) ?? [];
            var updated = element with { Suggested = Store(element.Suggested, mine, tags) };
            changed |= updated != element;
            return updated;
        }).ToList();
        return changed ? plan with { Elements = elements } : plan;
    }

    /// <summary>
    /// Each plan of the graph that <paramref name="suggestions"/> (made with <paramref name="options"/>
    /// over <paramref name="scope"/>) would change, with the plan as it would be: every element the
    /// suggester looked at has its earlier SdgMap suggestions replaced, so a re-run forgets what it
    /// no longer suggests. Plans that would not change are left out.
    /// </summary>
    public static IReadOnlyList<(PlanDocument Document, Plan Updated)> Changes(PlanGraph graph, IReadOnlyList<Suggestion> suggestions, SuggestOptions options, QueryScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(suggestions);
        ArgumentNullException.ThrowIfNull(options);
        scope ??= QueryScope.All;
        var byPlan = suggestions.GroupBy(s => s.Element.PlanId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var documents = graph.Documents.ToDictionary(d => d.Plan.Id, StringComparer.Ordinal);
        var changes = new List<(PlanDocument, Plan)>();
        foreach (var index in ScopeWalk.Plans(graph, scope))
        {
            var looked = ScopeWalk.Contributors(graph, index, scope with { Level = options.Level ?? scope.Level }).Select(i => index.Plan.Elements[i].Id);
            var updated = index.Plan.WithSuggestions(byPlan.GetValueOrDefault(index.Plan.Id) ?? [], options.Tags, looked);
            if (!ReferenceEquals(updated, index.Plan))
            {
                changes.Add((documents[index.Plan.Id], updated));
            }
        }

        return changes;
    }

    private static SuggestedLinks? Store(SuggestedLinks? old, List<Suggestion> mine, bool tags)
    {
        old ??= new SuggestedLinks();
        var result = tags
            ? old with { Tags = [.. old.Tags.Where(t => t.By != Suggester.Name), .. mine.Select(ToTag)] }
            : old with { Sdg = [.. old.Sdg.Where(s => s.By != Suggester.Name), .. mine.Select(ToSdg)] };
        return result.Sdg.Count == 0 && result.Tags.Count == 0 ? null : result;
    }

    private static SuggestedSdgLink ToSdg(Suggestion s) => new()
    {
        Id = s.Sdg!.Value,
        By = Suggester.Name,
        Confidence = s.Score,
        Method = s.Method.Name(),
        Evidence = s.Evidence,
    };

    private static SuggestedTag ToTag(Suggestion s) => new()
    {
        Tag = s.Tag!.Value,
        By = Suggester.Name,
        Confidence = s.Score,
        Method = s.Method.Name(),
        Evidence = s.Evidence,
    };
}
