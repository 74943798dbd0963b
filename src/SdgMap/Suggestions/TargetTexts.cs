using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Suggestions;

/// <summary>
/// The 169 targets' official texts (Japanese, and English with their indicators) as TF-IDF vectors:
/// an element whose words are those of a target's text is suggested that target, with the shared
/// words as evidence. It finds what no lexicon entry lists, at lower confidence.
/// </summary>
/// <remarks>
/// Japanese is compared by character 2-grams of kanji and kana, English by words cut to their
/// first six letters (a crude stem: <c>education</c> and <c>educational</c> meet at <c>educat</c>),
/// with function words left out.
/// </remarks>
internal sealed class TargetTexts
{
    /// <summary>Below this cosine a target's text says nothing about the element.</summary>
    private const double MinSimilarity = 0.05;

    /// <summary>
    /// How much a similarity counts. Chosen on the development set only (SwissText 2024 train split, see
    /// benchmarks/SdgMap.Evaluation): there about half the targets at a cosine of 1/6 were right, so a
    /// cosine of 1/6 counts 0.5.
    /// </summary>
    private const double Factor = 3.0;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords().GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> StopWords() => new(StringComparer.Ordinal)
    {
        "and", "the", "for", "all", "with", "including", "includ", "their", "other", "such", "into", "through", "throug",
        "ensure", "achiev", "increa", "improv", "promot", "develo", "countr", "nation", "number", "propor", "by", "of", "to", "in",
        "on", "at", "as", "or", "an", "be", "is", "are", "that", "this", "from", "per", "its", "which", "where", "least", "level",
        "levels", "sustai", "substa", "signif", "especi", "partic", "region", "global", "access", "total", "rate", "type", "based",
        "using", "within", "among", "between", "more", "most", "each", "these", "those", "also", "has", "have", "was", "were",
    };

    private static readonly Lazy<TargetTexts> LazyDefault = new(() => new TargetTexts(SdgCatalog.Default));

    private readonly SdgId[] _targets;
    private readonly Dictionary<long, List<(int Target, float Weight)>> _postings = [];
    private readonly Dictionary<long, float> _idf = [];

    private TargetTexts(SdgCatalog catalog)
    {
        _targets = [.. catalog.Targets.Select(t => t.Id)];
        var counts = catalog.Targets
            .Select(t => Features(MatchText.Of($"{t.TitleJa}\n{t.TitleEn}\n{string.Join('\n', t.Indicators.Select(i => i.TitleEn))}").Text).CountBy(f => f.Feature).ToDictionary())
            .ToList();
        var df = counts.SelectMany(c => c.Keys).CountBy(k => k).ToDictionary();
        foreach (var (feature, n) in df)
        {
            _idf[feature] = (float)Math.Log(1 + (_targets.Length / (double)n));
        }

        for (var t = 0; t < counts.Count; t++)
        {
            foreach (var (feature, weight) in Weigh(counts[t]))
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings.Add(feature, list = []);
                }

                list.Add((t, weight));
            }
        }
    }

    public static TargetTexts Default => LazyDefault.Value;

    /// <summary>The targets whose official text resembles an element's own texts (as the suggester normalised them), each with how strongly and the shared words as evidence.</summary>
    public IEnumerable<(SdgId Target, double Strength, List<SuggestionEvidence> Evidence)> Suggest(IReadOnlyList<(string Field, string Text, MatchText Match)> fields)
    {
        var features = fields.SelectMany(f => Features(f.Match.Text)).ToList();
        if (features.Count == 0)
        {
            yield break;
        }

        var query = Weigh(features.CountBy(f => f.Feature).ToDictionary(), countUnknown: true);
        var scores = new Dictionary<int, double>();
        var shared = new Dictionary<int, List<(long Feature, double Weight)>>();
        foreach (var (feature, weight) in query)
        {
            if (_postings.TryGetValue(feature, out var list))
            {
                foreach (var (t, w) in list)
                {
                    scores[t] = scores.GetValueOrDefault(t) + (weight * w);
                    if (!shared.TryGetValue(t, out var words))
                    {
                        shared.Add(t, words = []);
                    }

                    words.Add((feature, weight * w));
                }
            }
        }

        foreach (var (t, cosine) in scores.Where(s => s.Value >= MinSimilarity).OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(5))
        {
            var strongest = shared[t].OrderByDescending(s => s.Weight).Take(4).Select(s => s.Feature).ToHashSet();
            var evidence = new List<SuggestionEvidence>();
            foreach (var (field, original, match) in fields)
            {
                foreach (var (feature, start, end) in Features(match.Text))
                {
                    if (strongest.Remove(feature))
                    {
                        evidence.Add(Suggester.Evidence(field, null, original, match, start, end, $"target {_targets[t]} text (similarity {cosine:0.00})"));
                    }
                }
            }

            yield return (_targets[t], Math.Min(1, cosine * Factor), evidence);
        }
    }

    /// <summary>
    /// The features of a normalised text with their spans: kanji/kana 2-grams (the two characters as
    /// a number) and stemmed Latin words (a hash of the stem; a rare collision only blurs a weight).
    /// </summary>
    private static IEnumerable<(long Feature, int Start, int End)> Features(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsJapanese(text[i]))
            {
                if (i + 1 < text.Length && IsJapanese(text[i + 1]) && !(IsHiragana(text[i]) && IsHiragana(text[i + 1])))
                {
                    yield return ((1L << 32) | ((long)text[i] << 16) | text[i + 1], i, i + 2);
                }
            }
            else if (char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    end++;
                }

                if (end - i >= 3 && StemKey(text, i, end) is { } key)
                {
                    yield return (key, i, end);
                }

                i = end - 1;
            }
        }
    }

    private static long? StemKey(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        var stem = word.Length > 6 ? word[..6] : word;
        return StopWordSpans.Contains(stem) || StopWordSpans.Contains(word)
            ? null
            : (2L << 32) | Fnv1a(stem);
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is not), so scores never vary between runs.</summary>
    private static uint Fnv1a(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static bool IsJapanese(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF');

    private static bool IsHiragana(char c) => c is >= '\u3040' and <= '\u309F';

    /// <summary>The unit TF-IDF vector of the counts; with <paramref name="countUnknown"/>, words no target uses still lengthen it (as the rarest), so a long text sharing two words is not taken for a close match.</summary>
    private List<(long Feature, float Weight)> Weigh(Dictionary<long, int> counts, bool countUnknown = false)
    {
        var vector = new List<(long, float)>(counts.Count);
        var norm = 0.0;
        var rarest = Math.Log(1 + _targets.Length);
        foreach (var (feature, count) in counts)
        {
            if (_idf.TryGetValue(feature, out var idf))
            {
                var w = (float)((1 + Math.Log(count)) * idf);
                vector.Add((feature, w));
                norm += w * w;
            }
            else if (countUnknown)
            {
                var w = (1 + Math.Log(count)) * rarest;
                norm += w * w;
            }
        }

        var length = (float)Math.Sqrt(norm);
        return length == 0 ? [] : [.. vector.Select(v => (v.Item1, v.Item2 / length))];
    }
}
