namespace SdgMap.Reuse;

/// <summary>
/// Finds identical and near-identical texts among many without comparing all pairs: texts are
/// normalised, identical ones grouped, the rest MinHashed and banded (locality-sensitive
/// hashing), and every candidate pair verified by exact Jaccard on 2-gram sets.
/// </summary>
/// <remarks>
/// Building costs time linear in the total length of the texts times the hash count, plus the
/// candidates; bucket capping bounds the candidates when boilerplate repeats. Results are
/// deterministic for a given seed, whatever the thread scheduling.
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly NearDuplicateOptions _options;
    private readonly int[] _representative;
    private readonly int[] _distinct;
    private readonly ulong[][] _shingles;
    private readonly uint[] _signatures;
    private readonly ulong[] _hashA;
    private readonly ulong[] _hashB;
    private readonly Dictionary<ulong, int[]>[] _buckets;
    private readonly List<SimilarPair> _pairs;

    private NearDuplicateIndex(IReadOnlyList<string> texts, NearDuplicateOptions options)
    {
        _options = options;
        (Bands, Rows) = LshBanding.Choose(options.Threshold, options.HashCount, options.MinProbabilityAtThreshold);
        var k = Bands * Rows;
        var random = new Random((int)(options.Seed ^ (options.Seed >> 32)));
        _hashA = [.. Enumerable.Range(0, k).Select(_ => (ulong)random.NextInt64() | 1)];
        _hashB = [.. Enumerable.Range(0, k).Select(_ => (ulong)random.NextInt64())];

        var normalized = new string[texts.Count];
        Parallel.For(0, texts.Count, i => normalized[i] = ReuseText.Normalize(texts[i] ?? string.Empty));
        _representative = new int[texts.Count];
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (normalized[i].Length == 0)
            {
                _representative[i] = -1;
            }
            else if (first.TryGetValue(normalized[i], out var rep))
            {
                _representative[i] = rep;
            }
            else
            {
                first[normalized[i]] = _representative[i] = i;
                distinct.Add(i);
            }
        }

        _distinct = [.. distinct];
        _shingles = new ulong[_distinct.Length][];
        _signatures = new uint[_distinct.Length * k];
        Parallel.For(0, _distinct.Length, d =>
        {
            _shingles[d] = ReuseText.Shingles(normalized[_distinct[d]]);
            Sign(_shingles[d], _signatures.AsSpan(d * k, k));
        });

        _buckets = new Dictionary<ulong, int[]>[Bands];
        var capped = 0;
        var candidates = new HashSet<long>();
        for (var band = 0; band < Bands; band++)
        {
            var keys = new (ulong Key, int Item)[_distinct.Length];
            for (var d = 0; d < _distinct.Length; d++)
            {
                keys[d] = (BandKey(_signatures.AsSpan((d * k) + (band * Rows), Rows)), d);
            }

            Array.Sort(keys);
            _buckets[band] = [];
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end].Key == keys[start].Key)
                {
                    end++;
                }

                var members = keys[start..end].Select(x => x.Item).ToArray();
                _buckets[band][keys[start].Key] = members;
                if (members.Length > options.MaxBucketSize)
                {
                    capped++;
                }
                else
                {
                    for (var x = 0; x < members.Length; x++)
                    {
                        for (var y = x + 1; y < members.Length; y++)
                        {
                            candidates.Add(((long)members[x] << 32) | (uint)members[y]);
                        }
                    }
                }

                start = end;
            }
        }

        var ordered = candidates.Order().ToArray();
        var verified = new SimilarPair?[ordered.Length];
        Parallel.For(0, ordered.Length, c =>
        {
            var (x, y) = ((int)(ordered[c] >> 32), (int)(ordered[c] & 0xFFFFFFFF));
            var shared = ReuseText.SharedCount(_shingles[x], _shingles[y]);
            var jaccard = (double)shared / (_shingles[x].Length + _shingles[y].Length - shared);
            if (jaccard >= options.Threshold)
            {
                verified[c] = new SimilarPair(_distinct[x], _distinct[y], jaccard, shared);
            }
        });

        _pairs = [.. verified.OfType<SimilarPair>().OrderBy(p => p.A).ThenBy(p => p.B)];
        Stats = new NearDuplicateStats
        {
            Texts = texts.Count,
            DistinctTexts = _distinct.Length,
            Bands = Bands,
            Rows = Rows,
            Candidates = ordered.Length,
            Verified = _pairs.Count,
            CappedBuckets = capped,
        };
    }

    /// <summary>The number of bands.</summary>
    public int Bands { get; }

    /// <summary>The rows per band.</summary>
    public int Rows { get; }

    /// <summary>What building the index did.</summary>
    public NearDuplicateStats Stats { get; }

    /// <summary>Indexes <paramref name="texts"/>.</summary>
    public static NearDuplicateIndex Build(IReadOnlyList<string> texts, NearDuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new NearDuplicateIndex(texts, options ?? NearDuplicateOptions.Default);
    }

    /// <summary>
    /// For each text, the index of the first text with the same normalised form (itself when it
    /// is the first), or -1 for a text that normalises to nothing.
    /// </summary>
    public IReadOnlyList<int> IdenticalTo => _representative;

    /// <summary>
    /// Near-identical pairs among the distinct normalised texts (each named by the first text of
    /// that form), verified at or above the threshold, ordered by <see cref="SimilarPair.A"/> then
    /// <see cref="SimilarPair.B"/>. Identical texts are in <see cref="IdenticalTo"/>, not here.
    /// </summary>
    public IReadOnlyList<SimilarPair> Pairs() => _pairs;

    /// <summary>
    /// The texts most alike to text <paramref name="item"/> (identical ones first, with Jaccard 1),
    /// at or above <paramref name="minSimilarity"/> (the index's threshold when null; a lower value
    /// is found less reliably), best first, at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<SimilarPair> MostSimilar(int item, int max, double? minSimilarity = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(item, _representative.Length);
        var rep = _representative[item];
        if (rep < 0)
        {
            return [];
        }

        var min = minSimilarity ?? _options.Threshold;
        var k = Bands * Rows;
        var d = Array.BinarySearch(_distinct, rep);
        var found = new Dictionary<int, SimilarPair>();
        for (var i = 0; i < _representative.Length; i++)
        {
            if (i != item && _representative[i] == rep)
            {
                found[i] = Pair(item, i, 1.0, _shingles[d].Length);
            }
        }

        for (var band = 0; band < Bands; band++)
        {
            if (!_buckets[band].TryGetValue(BandKey(_signatures.AsSpan((d * k) + (band * Rows), Rows)), out var members))
            {
                continue;
            }

            foreach (var other in members)
            {
                var text = _distinct[other];
                if (other == d || found.ContainsKey(text))
                {
                    continue;
                }

                var shared = ReuseText.SharedCount(_shingles[d], _shingles[other]);
                var jaccard = (double)shared / (_shingles[d].Length + _shingles[other].Length - shared);
                if (jaccard >= min)
                {
                    found[text] = Pair(item, text, jaccard, shared);
                }
            }
        }

        return [.. found.Values.OrderByDescending(p => p.Jaccard).ThenBy(p => p.A == item ? p.B : p.A).Take(max)];
    }

    private static SimilarPair Pair(int x, int y, double jaccard, int shared) =>
        x < y ? new SimilarPair(x, y, jaccard, shared) : new SimilarPair(y, x, jaccard, shared);

    private void Sign(ulong[] shingles, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        foreach (var shingle in shingles)
        {
            var x = Mix(shingle);
            for (var h = 0; h < signature.Length; h++)
            {
                var value = (uint)(((_hashA[h] * x) + _hashB[h]) >> 32);
                if (value < signature[h])
                {
                    signature[h] = value;
                }
            }
        }
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows)
    {
        var key = 0xCBF29CE484222325UL;
        foreach (var value in rows)
        {
            key = Mix(key ^ value);
        }

        return key;
    }

    /// <summary>A 64-bit finaliser (SplitMix64) so that similar keys hash far apart.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
