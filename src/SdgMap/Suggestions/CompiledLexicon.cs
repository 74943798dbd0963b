namespace SdgMap.Suggestions;

/// <summary>
/// A lexicon made ready to match: every distinct word of every entry in one automaton, and for
/// each word the entries (and groups) it serves or blocks.
/// </summary>
internal sealed class CompiledLexicon
{
    /// <summary>The most groups an entry may have (a mask per entry holds them).</summary>
    public const int MaxGroups = 16;

    private readonly TermAutomaton _automaton;
    private readonly (int Entry, int Group)[][] _serves;
    private readonly int[][] _blocks;
    private readonly int[] _fullMask;
    private readonly string?[] _descriptions;

    public CompiledLexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var serves = new List<List<(int, int)>>();
        var blocks = new List<List<int>>();
        _fullMask = new int[entries.Count];
        _descriptions = new string?[entries.Count];
        int Id(string word)
        {
            var term = MatchText.Term(word.TrimEnd('*')) + (word.EndsWith('*') ? "*" : string.Empty);
            if (!termIds.TryGetValue(term, out var id))
            {
                id = termIds.Count;
                termIds.Add(term, id);
                serves.Add([]);
                blocks.Add([]);
            }

            return id;
        }

        for (var e = 0; e < entries.Count; e++)
        {
            var groups = entries[e].Terms;
            if (groups.Count is 0 or > MaxGroups)
            {
                throw new ArgumentException($"{entries[e].Origin}: an entry has 1 to {MaxGroups} groups of words.", nameof(entries));
            }

            _fullMask[e] = (1 << groups.Count) - 1;
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var word in groups[g])
                {
                    serves[Id(word)].Add((e, g));
                }
            }

            foreach (var word in entries[e].Not)
            {
                blocks[Id(word)].Add(e);
            }
        }

        _automaton = new TermAutomaton([.. termIds.Keys]);
        _serves = [.. serves.Select(s => s.Distinct().ToArray())];
        _blocks = [.. blocks.Select(b => b.Distinct().ToArray())];
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>What evidence says an entry matched (<c>sdg/11.tsv:12 防災|減災</c>), composed once per entry.</summary>
    public string Describe(int entry) => _descriptions[entry] ??= $"{Entries[entry].Origin} {Entries[entry]}";

    /// <summary>The full group mask of an entry.</summary>
    public int FullMask(int entry) => _fullMask[entry];

    /// <summary>Every entry touched in each sentence of <paramref name="text"/>, with the groups found there and the span found for each.</summary>
    public List<UnitMatch> Match(string text, bool wholeTextIsOneUnit = false)
    {
        var hits = new List<(int Term, int Start, int End)>();
        _automaton.Scan(text, ref hits, static (ref List<(int, int, int)> list, int term, int start, int end) => list.Add((term, start, end)));
        var result = new List<UnitMatch>();
        if (hits.Count == 0)
        {
            return result;
        }

        var sentenceOf = wholeTextIsOneUnit ? null : Sentences.Of(text);
        // The automaton reports hits by end position; a sentence is judged once all its hits are in.
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var units = new Dictionary<int, Dictionary<int, UnitMatch>>();
        foreach (var (term, start, end) in hits)
        {
            var unit = sentenceOf is null ? 0 : sentenceOf[start];
            if (!units.TryGetValue(unit, out var touched))
            {
                touched = [];
                units.Add(unit, touched);
            }

            foreach (var (entry, group) in _serves[term])
            {
                if (!touched.TryGetValue(entry, out var match))
                {
                    match = new UnitMatch(entry, unit);
                    touched.Add(entry, match);
                }

                if ((match.Mask & (1 << group)) == 0)
                {
                    match.Mask |= 1 << group;
                    match.Spans.Add((start, end));
                }
            }

            foreach (var entry in _blocks[term])
            {
                if (!touched.TryGetValue(entry, out var match))
                {
                    match = new UnitMatch(entry, unit);
                    touched.Add(entry, match);
                }

                match.Blocked = true;
            }
        }

        foreach (var unit in units.Keys.Order())
        {
            result.AddRange(units[unit].Values.OrderBy(m => m.Entry));
        }

        return result;
    }
}

/// <summary>What one sentence holds of one entry: the groups found (a bit each), their first spans, and whether an excluding word is there.</summary>
internal sealed class UnitMatch(int entry, int unit)
{
    public int Entry { get; } = entry;

    public int Unit { get; } = unit;

    public int Mask { get; set; }

    public bool Blocked { get; set; }

    public List<(int Start, int End)> Spans { get; } = [];
}
