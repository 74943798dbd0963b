using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// Everything found for one label of one element: the best contribution of each source (a
/// lexicon entry, a mention, a neighbour) and the evidence behind it. Sources combine as
/// independent signals, 1 − Π(1 − c), so two entries agreeing count more than either alone.
/// </summary>
internal sealed class LabelEvidence
{
    private readonly Dictionary<long, (double Contribution, SuggestionMethod Method, List<SuggestionEvidence> Evidence)> _sources = [];

    public void Add(long source, double contribution, SuggestionMethod method, List<SuggestionEvidence> evidence)
    {
        if (!_sources.TryGetValue(source, out var was) || contribution > was.Contribution)
        {
            _sources[source] = (contribution, method, evidence);
        }
    }

    public bool IsEmpty => _sources.Count == 0;

    public double Score
    {
        get
        {
            var miss = 1.0;
            foreach (var (c, _, _) in _sources.Values)
            {
                miss *= 1 - Math.Clamp(c, 0, 1);
            }

            return Math.Round(1 - miss, 6);
        }
    }

    /// <summary>The method and the evidence, strongest source first; ties in source order so output is deterministic.</summary>
    public (SuggestionMethod Method, List<SuggestionEvidence> Evidence) Explain(int maxEvidence)
    {
        var ordered = _sources.OrderByDescending(s => s.Value.Contribution).ThenBy(s => s.Key).ToList();
        var evidence = new List<SuggestionEvidence>();
        foreach (var (_, (_, _, items)) in ordered)
        {
            foreach (var item in items)
            {
                // One passage is shown once, with what it matched for the strongest source.
                if (evidence.Count < maxEvidence && !evidence.Any(e => e.Field == item.Field && e.Element == item.Element && e.Start == item.Start && e.Length == item.Length))
                {
                    evidence.Add(item);
                }
            }
        }

        return (ordered[0].Value.Method, evidence);
    }

    /// <summary>The source a lexicon entry is (its place in the compiled lexicon), so one entry counts once.</summary>
    public static long LexiconSource(int entry) => (1L << 40) | (uint)entry;

    /// <summary>The source a method that speaks per SDG is (a mention, a target's text, the neighbours' vote).</summary>
    public static long SdgSource(SuggestionMethod method, Catalog.SdgId sdg) => ((long)(method + 2) << 40) | (uint)sdg.GetHashCode();

    /// <summary>The source a roll-up from the children is.</summary>
    public static long RollUpSource() => 7L << 40;

    /// <summary>The strongest single contribution (what a roll-up passes on).</summary>
    public double Strongest => _sources.Values.Max(s => s.Contribution);
}
