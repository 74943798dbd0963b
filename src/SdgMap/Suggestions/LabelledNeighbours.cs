using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// The elements of a graph that declare SDG links, as character 2-gram TF-IDF vectors (the usual
/// way to compare Japanese text without word boundaries): an element whose title and text
/// resemble theirs is suggested their links, with the most similar one as evidence.
/// </summary>
internal sealed class LabelledNeighbours
{
    private const int Neighbours = 5;
    private const double MinSimilarity = 0.3;

    /// <summary>A 2-gram in more than this share of labelled texts says nothing about any one of them (推進, 充実).</summary>
    private const double MaxDocumentShare = 0.2;

    /// <summary>A 2-gram in more labelled texts than this finds no candidates (it still counts in the similarity), so one element's search reads bounded lists in a national corpus.</summary>
    private const int MaxPostings = 200;

    /// <summary>Candidates come from the element's rarest 2-grams only; the similarity is then computed whole for the best of them.</summary>
    private const int CandidateGrams = 6;

    private const int Candidates = 30;

    /// <summary>A vote weaker than this moves no score that matters, so it is not passed on (nor its evidence built).</summary>
    private const double MinVote = 0.1;

    /// <summary>How much the neighbours' vote counts, against a lexicon entry of weight 1.</summary>
    private const double VoteFactor = 0.9;

    private readonly List<Labelled> _labelled = [];
    private readonly Dictionary<int, List<(int Doc, float Weight)>> _postings = [];
    private readonly Dictionary<int, float> _idf = [];

    private LabelledNeighbours(PlanGraph graph)
    {
        var grams = new List<Dictionary<int, int>>();
        foreach (var plan in graph.Plans)
        {
            var index = graph.Index(plan.Id);
            for (var i = 0; i < index.Count; i++)
            {
                var element = plan.Elements[i];
                if (element.Sdg.Count > 0 && Text(element) is { Length: > 0 } text)
                {
                    _labelled.Add(new Labelled(index.Nodes[i], index.Codes[i], element.DisplayTitle, [.. element.Sdg]));
                    grams.Add(Count(text));
                }
            }
        }

        var df = new Dictionary<int, int>();
        foreach (var g in grams)
        {
            foreach (var gram in g.Keys)
            {
                df[gram] = df.GetValueOrDefault(gram) + 1;
            }
        }

        var n = grams.Count;
        foreach (var (gram, count) in df)
        {
            if (n < 20 || count <= MaxDocumentShare * n)
            {
                _idf[gram] = (float)Math.Log(1 + (n / (double)count));
            }
        }

        for (var d = 0; d < n; d++)
        {
            var vector = Weigh(grams[d]);
            vector.Sort((a, b) => a.Gram.CompareTo(b.Gram));
            foreach (var (gram, weight) in vector)
            {
                if (!_postings.TryGetValue(gram, out var list))
                {
                    list = [];
                    _postings.Add(gram, list);
                }

                list.Add((d, weight));
            }

            _labelled[d] = _labelled[d] with { Grams = [.. vector.Select(v => v.Gram)], Weights = [.. vector.Select(v => v.Weight)] };
        }
    }

    public static LabelledNeighbours? For(PlanGraph graph)
    {
        var neighbours = graph.Derived(g => new LabelledNeighbours(g));
        return neighbours._labelled.Count == 0 ? null : neighbours;
    }

    /// <summary>The links the element's nearest labelled neighbours declare, each with the vote's strength and its evidence.</summary>
    public IEnumerable<(SdgId Sdg, double Strength, List<SuggestionEvidence> Evidence)> Suggest(PlanIndex index, int i)
    {
        var element = index.Plan.Elements[i];
        var text = Text(element);
        if (text.Length == 0)
        {
            yield break;
        }

        var self = index.Nodes[i];
        var query = Weigh(Count(text));
        var partial = new Dictionary<int, float>(CandidateGrams * MaxPostings / 4);
        var rare = query
            .Select(q => (q.Gram, q.Weight, List: _postings.GetValueOrDefault(q.Gram)))
            .Where(q => q.List is { Count: <= MaxPostings })
            .OrderBy(q => q.List!.Count).ThenBy(q => q.Gram)
            .Take(CandidateGrams);
        foreach (var (_, weight, list) in rare)
        {
            foreach (var (doc, w) in list!)
            {
                partial[doc] = partial.GetValueOrDefault(doc) + (weight * w);
            }
        }

        var scores = partial
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Take(Candidates)
            .ToDictionary(p => p.Key, p => _labelled[p.Key].Cosine(query));
        var nearest = scores
            .Where(s => s.Value >= MinSimilarity && _labelled[s.Key].Node != self)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Take(Neighbours)
            .ToList();
        if (nearest.Count == 0)
        {
            yield break;
        }

        var total = nearest.Sum(s => s.Value);
        var votes = new Dictionary<SdgId, (double Vote, int Best)>(nearest.Sum(n => _labelled[n.Key].Sdg.Length));
        foreach (var (doc, similarity) in nearest)
        {
            foreach (var sdg in _labelled[doc].Sdg)
            {
                var was = votes.GetValueOrDefault(sdg, (0, doc));
                votes[sdg] = (was.Vote + similarity, was.Vote == 0 ? doc : was.Best);
            }
        }

        var best = nearest[0].Value;
        var evidence = new Dictionary<int, List<SuggestionEvidence>>();
        foreach (var (sdg, (vote, doc)) in votes.OrderBy(v => v.Key))
        {
            var strength = Math.Min(1, VoteFactor * best * (vote / total));
            if (strength < MinVote)
            {
                continue;
            }

            if (!evidence.TryGetValue(doc, out var items))
            {
                evidence.Add(doc, items = Evidence(element, _labelled[doc], scores[doc]));
            }

            yield return (sdg, strength, items);
        }
    }

    private static List<SuggestionEvidence> Evidence(PlanElement element, Labelled neighbour, double similarity)
    {
        var matched = $"{neighbour.Node.PlanId}#{neighbour.Code} {neighbour.Title} (similarity {similarity:0.00})";
        var evidence = new List<SuggestionEvidence>();
        if (element.Title is { Length: > 0 } title)
        {
            var text = MatchText.Of(title);
            var shared = neighbour.Grams;
            var t = text.Text;
            var runStart = -1;
            for (var k = 0; k <= t.Length - 1; k++)
            {
                var inRun = k < t.Length - 1 && Array.BinarySearch(shared, Gram(t[k], t[k + 1])) >= 0;
                if (inRun && runStart < 0)
                {
                    runStart = k;
                }
                else if (!inRun && runStart >= 0)
                {
                    evidence.Add(Suggester.Evidence("title", null, title, text, runStart, k + 1, matched));
                    runStart = -1;
                }
            }
        }

        return evidence.Count > 0
            ? [.. evidence.OrderByDescending(e => e.Length).ThenBy(e => e.Start).Take(3).OrderBy(e => e.Start)]
            : element.Title is { Length: > 0 } whole
                ? [new SuggestionEvidence { Field = "title", Start = 0, Length = whole.Length, Text = whole, Matched = matched }]
                : [];
    }

    private static string Text(PlanElement element) =>
        MatchText.Of(string.Join('\n', new[] { element.Title, element.TargetState?.Text, element.Description }.Where(t => !string.IsNullOrWhiteSpace(t)))).Text;

    private static Dictionary<int, int> Count(string text)
    {
        var counts = new Dictionary<int, int>();
        for (var k = 0; k + 1 < text.Length; k++)
        {
            if (char.IsLetterOrDigit(text[k]) && char.IsLetterOrDigit(text[k + 1]))
            {
                var gram = Gram(text[k], text[k + 1]);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return counts;
    }

    private static int Gram(char a, char b) => (a << 16) | b;

    private List<(int Gram, float Weight)> Weigh(Dictionary<int, int> counts)
    {
        var vector = new List<(int, float)>(counts.Count);
        var norm = 0.0;
        foreach (var (gram, count) in counts)
        {
            if (_idf.TryGetValue(gram, out var idf))
            {
                var w = (float)((1 + Math.Log(count)) * idf);
                vector.Add((gram, w));
                norm += w * w;
            }
        }

        var length = (float)Math.Sqrt(norm);
        return length == 0 ? [] : [.. vector.Select(v => (v.Item1, v.Item2 / length))];
    }

    private sealed record Labelled(ElementNode Node, string Code, string Title, SdgId[] Sdg)
    {
        /// <summary>The text's 2-grams that carry weight, sorted.</summary>
        public int[] Grams { get; init; } = [];

        /// <summary>Their weights in the unit TF-IDF vector.</summary>
        public float[] Weights { get; init; } = [];

        public float Cosine(List<(int Gram, float Weight)> query)
        {
            var sum = 0f;
            foreach (var (gram, weight) in query)
            {
                var k = Array.BinarySearch(Grams, gram);
                if (k >= 0)
                {
                    sum += weight * Weights[k];
                }
            }

            return sum;
        }
    }
}
