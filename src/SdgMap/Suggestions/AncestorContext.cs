using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// What each element's ancestors say, as lexicon groups found in their titles and target
/// states: a measure titled 「相談体制の充実」 under 「高齢者福祉の充実」 completes an entry that needs
/// both 高齢者 and 相談. Each ancestor is matched once, however many descendants ask.
/// </summary>
internal sealed class AncestorContext(PlanIndex index, CompiledLexicon lexicon)
{
    // One context serves one plan, read by one thread (the suggester works plan by plan), so no lock.
    private readonly Dictionary<int, Dictionary<int, AncestorGroups>?> _byElement = [];

    /// <summary>The groups found in the ancestor at <paramref name="distance"/> (1 = parent) of element <paramref name="i"/>; null when there is none.</summary>
    public Dictionary<int, AncestorGroups>? Groups(int i, int distance)
    {
        var a = i;
        for (var d = 0; d < distance; d++)
        {
            a = index.Parents[a];
            if (a < 0)
            {
                return null;
            }
        }

        if (!_byElement.TryGetValue(a, out var groups))
        {
            groups = Match(index.Plan.Elements[a]);
            _byElement.Add(a, groups);
        }

        return groups;
    }

    private Dictionary<int, AncestorGroups>? Match(PlanElement ancestor)
    {
        Dictionary<int, AncestorGroups>? groups = null;
        foreach (var (field, original) in ElementFields.Context(ancestor))
        {
            var text = MatchText.Of(original);
            foreach (var match in lexicon.Match(text.Text, wholeTextIsOneUnit: true))
            {
                groups ??= [];
                if (!groups.TryGetValue(match.Entry, out var found))
                {
                    found = new AncestorGroups();
                    groups.Add(match.Entry, found);
                }

                found.Blocked |= match.Blocked;
                foreach (var (start, end) in match.Spans)
                {
                    found.Evidence.Add(Suggester.Evidence(field, ancestor.Id, original, text, start, end, lexicon.Describe(match.Entry)));
                }

                found.Mask |= match.Mask;
            }
        }

        return groups;
    }
}

/// <summary>The groups of one entry an ancestor's text holds, and the passages that hold them.</summary>
internal sealed class AncestorGroups
{
    public int Mask { get; set; }

    public bool Blocked { get; set; }

    public List<SuggestionEvidence> Evidence { get; } = [];
}
