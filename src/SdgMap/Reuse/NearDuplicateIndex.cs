using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SdgMap.Reuse;

/// <summary>
/// Finds identical and near-identical texts — measure and initiative titles and descriptions within
/// and across plans — without comparing all pairs.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Build"/> normalises every text (<see cref="ReuseText.Normalize"/>), groups texts with the
/// same normalised form as exact duplicates (similarity 1.0, never hashed), shingles each distinct text
/// into character 2-grams, computes MinHash signatures banded by <see cref="NearDuplicateOptions.Banding"/>
/// or <see cref="LshBanding.Choose"/>, sorts each band to find buckets, skips buckets larger than
/// <see cref="NearDuplicateOptions.MaxBucketSize"/>, and verifies every candidate by exact Jaccard of the
/// shingle sets. It is eager, uses all cores, and gives the same results for the same texts and options
/// however threads are scheduled.
/// </para>
/// <para>
/// Precision is 1: every reported pair has exact Jaccard ≥ the threshold. Recall is probabilistic: a pair
/// at similarity s is found with probability at least <see cref="LshBands.CandidateProbability"/>(s),
/// at least 0.99 at the threshold with the default rule, higher above it (less where buckets were capped).
/// <see cref="ExactJaccard.AllPairs"/> is the exhaustive reference and
/// <see cref="NearDuplicateRecall.Measure"/> compares the two.
/// </para>
/// </remarks>
internal sealed class NearDuplicateIndex
{
    private readonly string[] _normalized;
    private readonly DuplicateGroups _groups;
    private readonly ShingleSets _sets;
    private readonly ulong[] _bandKeys;
    private readonly BandBuckets _buckets;
    private readonly DistinctPair[] _distinctPairs;
    private IReadOnlyList<SimilarPair>? _pairs;
    private IReadOnlyList<SimilarPair>? _formPairs;
    private IReadOnlyList<int>? _identicalTo;
    private IReadOnlyList<IReadOnlyList<int>>? _exactGroups;

    private NearDuplicateIndex(
        NearDuplicateOptions options,
        string[] normalized,
        DuplicateGroups groups,
        ShingleSets sets,
        ulong[] bandKeys,
        BandBuckets buckets,
        CandidateResult found,
        LshBands banding)
    {
        Options = options;
        _normalized = normalized;
        _groups = groups;
        _sets = sets;
        _bandKeys = bandKeys;
        _buckets = buckets;
        _distinctPairs = found.Pairs;
        var exactGroups = 0;
        for (var d = 0; d < groups.DistinctCount; d++)
        {
            exactGroups += groups.MembersOf(d).Length > 1 ? 1 : 0;
        }

        Stats = new NearDuplicateStats
        {
            Texts = normalized.Length,
            EmptyTexts = normalized.Count(t => t.Length == 0),
            DistinctTexts = groups.DistinctCount,
            ExactDuplicateGroups = exactGroups,
            Banding = banding,
            CandidatePairs = found.Candidates,
            VerifiedPairs = found.Verified,
            SimilarDistinctPairs = found.Pairs.Length,
            CappedBuckets = found.CappedBuckets,
            LargestBucket = found.LargestBucket,
        };
    }

    /// <summary>The options the index was built with.</summary>
    public NearDuplicateOptions Options { get; }

    /// <summary>What building did: counts of texts, candidates, pairs and capped buckets.</summary>
    public NearDuplicateStats Stats { get; }

    /// <summary>The number of texts indexed; items are their indices, 0 to <c>Count − 1</c>.</summary>
    public int Count => _normalized.Length;

    /// <summary>
    /// Groups of two or more texts with the same non-empty normalised text, each ascending, ordered by
    /// their first text. Built on first use.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>> ExactDuplicateGroups => LazyInitializer.EnsureInitialized(ref _exactGroups, () =>
        [.. Enumerable.Range(0, _groups.DistinctCount)
            .Where(d => _groups.MembersOf(d).Length > 1)
            .Select(d => (IReadOnlyList<int>)ImmutableArray.Create(_groups.MembersOf(d)))]);

    /// <summary>Indexes <paramref name="texts"/>.</summary>
    /// <param name="texts">The texts; an item's index in this list identifies it in results.</param>
    /// <param name="options">Threshold, hashing and bucket cap; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is null, or the options' banding is invalid.</exception>
    public static NearDuplicateIndex Build(IReadOnlyList<string> texts, NearDuplicateOptions? options = null)
    {
        options ??= new NearDuplicateOptions();
        var (banding, normalized, groups, sets, bandKeys, buckets) = Prepare(texts, options);
        var found = CandidateSearch.Run(buckets, bandKeys, sets, options.Threshold, options.MaxBucketSize);
        return new NearDuplicateIndex(options, normalized, groups, sets, bandKeys, buckets, found, banding);
    }

    /// <summary>
    /// The search <see cref="Build"/> runs, without keeping its result: each similar pair of distinct
    /// normalised forms goes to <paramref name="onPair"/> (first texts of the two forms, Jaccard; calls
    /// never overlap), and the return value is <see cref="IdenticalTo"/>. Memory stays linear in the
    /// texts: 20,000 near-identical titles form some 10⁸ pairs, which an index would hold.
    /// </summary>
    internal static int[] StreamFormPairs(IReadOnlyList<string> texts, NearDuplicateOptions options, Action<int, int, double> onPair)
    {
        var (_, _, groups, sets, bandKeys, buckets) = Prepare(texts, options);
        var first = groups.FirstItems;
        CandidateSearch.Run(buckets, bandKeys, sets, options.Threshold, options.MaxBucketSize, batch =>
        {
            foreach (var p in batch)
            {
                onPair(first[p.First], first[p.Second], Overlap.Jaccard(p.Shared, sets.SizeOf(p.First), sets.SizeOf(p.Second)));
            }
        });
        return [.. groups.DistinctOf.Select(d => d < 0 ? -1 : first[d])];
    }

    private static (LshBands Banding, string[] Normalized, DuplicateGroups Groups, ShingleSets Sets, ulong[] BandKeys, BandBuckets Buckets) Prepare(IReadOnlyList<string> texts, NearDuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var banding = options.ResolveBanding();
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null)
            {
                throw new ArgumentException($"Text {i} is null; pass an empty string for a missing text.", nameof(texts));
            }
        }

        var normalized = new string[texts.Count];
        Chunks.For(texts.Count, 4096, (start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                normalized[i] = ReuseText.Normalize(texts[i]);
            }
        });

        var groups = DuplicateGroups.Group(normalized);
        if ((long)groups.DistinctCount * banding.Bands > Array.MaxLength)
        {
            throw new ArgumentException($"{groups.DistinctCount} distinct texts × {banding.Bands} bands is more than one array holds.", nameof(texts));
        }

        var sets = ShingleSets.Build(normalized, groups.FirstItems);
        var bandKeys = new MinHasher(banding, options.Seed).BandKeys(sets);
        var buckets = BandBuckets.Build(bandKeys, sets.Count, banding.Bands);
        return (banding, normalized, groups, sets, bandKeys, buckets);
    }

    /// <summary>The normalised form of text <paramref name="item"/>: what its shingles come from.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is not an index of the texts.</exception>
    public string NormalizedText(int item)
    {
        CheckItem(item);
        return _normalized[item];
    }

    /// <summary>
    /// Every pair of texts with Jaccard ≥ the threshold that the index found, ordered by
    /// <see cref="SimilarPair.A"/> then <see cref="SimilarPair.B"/>.
    /// </summary>
    /// <remarks>
    /// Exact duplicates are expanded: a group of m identical texts gives m(m − 1)/2 pairs at 1.0, and two
    /// similar distinct texts give one pair per combination of their groups' texts. To see boilerplate
    /// once, use <see cref="ExactDuplicateGroups"/>. The list is a view built on the first call in time
    /// and memory linear in the texts and their similar partners, not in the pairs (a million texts can
    /// have tens of millions of pairs): enumerating it costs O(1) a pair, its indexer O(log n).
    /// </remarks>
    /// <exception cref="InvalidOperationException">There are more pairs than one array holds.</exception>
    public IReadOnlyList<SimilarPair> Pairs() => LazyInitializer.EnsureInitialized(ref _pairs, () =>
        new SimilarPairList(_groups, _sets, _distinctPairs, Count));

    /// <summary>
    /// For each text, the index of the first text with the same normalised form (itself when it is the
    /// first), or -1 for a text that normalises to nothing. Built on first use.
    /// </summary>
    public IReadOnlyList<int> IdenticalTo => LazyInitializer.EnsureInitialized(ref _identicalTo, () =>
        ImmutableArray.CreateRange(_groups.DistinctOf.Select(d => d < 0 ? -1 : _groups.FirstItems[d])));

    /// <summary>
    /// The similar pairs between distinct normalised forms only, each form named by its first text (as in
    /// <see cref="IdenticalTo"/>), ordered by <see cref="SimilarPair.A"/> then <see cref="SimilarPair.B"/>.
    /// </summary>
    /// <remarks>
    /// Linear in the similar forms, whatever the size of the duplicate groups: grouping callers join
    /// <see cref="IdenticalTo"/> and these instead of expanding every duplicate into pairs as <see cref="Pairs"/> does.
    /// </remarks>
    public IReadOnlyList<SimilarPair> FormPairs() => LazyInitializer.EnsureInitialized(ref _formPairs, () =>
    {
        var first = _groups.FirstItems;
        var pairs = _distinctPairs
            .Select(p => new SimilarPair(first[p.First], first[p.Second], Overlap.Jaccard(p.Shared, _sets.SizeOf(p.First), _sets.SizeOf(p.Second)), p.Shared))
            .ToArray();

        // First items rise with the distinct index, so A < B holds; bands found the pairs in no useful order.
        Array.Sort(pairs, static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return ImmutableArray.Create(pairs);
    });

    /// <summary>"Who else does this?": the texts most similar to <paramref name="item"/>.</summary>
    /// <param name="item">The queried text's index.</param>
    /// <param name="max">The most results to return, at least 0.</param>
    /// <param name="minSimilarity">
    /// The least Jaccard to report, in (0, 1]; null for the index threshold. A lower value than the
    /// threshold finds pairs at similarity s with probability <see cref="LshBands.CandidateProbability"/>(s)
    /// only (about 0.67 at 0.5 with the default banding), as candidates still come from shared bands.
    /// </param>
    /// <returns>Ordered by Jaccard descending, then by index; exact duplicates first at 1.0; never <paramref name="item"/> itself.</returns>
    /// <remarks>A query also looks into capped buckets (one text against a bucket is linear), so it can find pairs <see cref="Pairs"/> skipped.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public IReadOnlyList<SimilarItem> MostSimilar(int item, int max, double? minSimilarity = null)
    {
        CheckItem(item);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var threshold = minSimilarity ?? Options.Threshold;
        LshBanding.CheckSimilarity(threshold, nameof(minSimilarity));
        var d = _groups.DistinctOf[item];
        if (d < 0 || max == 0)
        {
            return [];
        }

        var results = new List<SimilarItem>();
        foreach (var twin in _groups.MembersOf(d))
        {
            if (twin != item)
            {
                results.Add(new SimilarItem(twin, 1.0, _sets.SizeOf(d)));
            }
        }

        foreach (var other in Candidates(d))
        {
            var shared = Overlap.CountIfSimilar(_sets[d], _sets[other], threshold);
            if (shared >= 0)
            {
                var jaccard = Overlap.Jaccard(shared, _sets.SizeOf(d), _sets.SizeOf(other));
                foreach (var member in _groups.MembersOf(other))
                {
                    results.Add(new SimilarItem(member, jaccard, shared));
                }
            }
        }

        results.Sort((x, y) => y.Jaccard != x.Jaccard ? y.Jaccard.CompareTo(x.Jaccard) : x.Item.CompareTo(y.Item));
        return [.. results.Take(max)];
    }

    /// <summary>Distinct texts sharing at least one band with distinct text <paramref name="d"/>, ascending.</summary>
    private SortedSet<int> Candidates(int d)
    {
        var bands = _buckets.Bands;
        var keys = _bandKeys.AsSpan(d * bands, bands);
        var candidates = new SortedSet<int>();
        for (var band = 0; band < bands; band++)
        {
            foreach (var entry in _buckets.Run(band, keys[band]))
            {
                var other = _buckets.IndexOf(entry);
                if (other != d && _bandKeys[(other * bands) + band] == keys[band])
                {
                    candidates.Add(other);
                }
            }
        }

        return candidates;
    }

    private void CheckItem(int item)
    {
        if ((uint)item >= (uint)_normalized.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(item), item, $"An item is an index of the {_normalized.Length} texts.");
        }
    }
}
