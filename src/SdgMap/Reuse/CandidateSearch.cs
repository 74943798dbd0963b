namespace SdgMap.Reuse;

/// <summary>Two distinct texts (by distinct index, <see cref="First"/> &lt; <see cref="Second"/>) that reached the threshold.</summary>
internal readonly record struct DistinctPair(int First, int Second, int Shared);

/// <summary>What the candidate search found and how much work it took.</summary>
/// <param name="Pairs">The verified pairs.</param>
/// <param name="Candidates">Pairs of texts sharing an uncapped bucket, summed over bands (a pair sharing two bands counts twice).</param>
/// <param name="Verified">Distinct candidate pairs that passed the cheap bounds and were verified by exact Jaccard.</param>
/// <param name="CappedBuckets">Buckets skipped for their size.</param>
/// <param name="LargestBucket">The most texts in one bucket.</param>
internal sealed record CandidateResult(DistinctPair[] Pairs, long Candidates, long Verified, int CappedBuckets, int LargestBucket);

/// <summary>
/// Turns buckets into verified pairs. Every pair of texts in an uncapped bucket is a candidate. Exact
/// bounds reject most of them cheaply: a bucket's texts are visited in order of set size, so the size
/// bound (J ≤ |small| / |large|) ends the inner loop, and the sketch bound of <see cref="ShingleSets"/>
/// is one table look-up. A survivor is verified only in the first band where the two agree in an
/// uncapped bucket, so once, without a global set of seen pairs — bands run in parallel and still agree.
/// </summary>
internal static class CandidateSearch
{
    /// <summary>
    /// How many verified pairs a band gathers before handing them to the sink. Handing over each
    /// bucket's few pairs took the lock hundreds of thousands of times, and the bands spun on it;
    /// a fixed batch keeps memory bounded all the same.
    /// </summary>
    private const int SinkBatch = 4096;

    /// <summary>
    /// Finds and verifies the candidate pairs. With <paramref name="sink"/>, verified pairs are handed
    /// over a bucket at a time (calls never overlap) and not kept, so memory stays linear in the
    /// texts however many pairs they form; the result's <see cref="CandidateResult.Pairs"/> is then empty.
    /// </summary>
    public static CandidateResult Run(BandBuckets buckets, ulong[] bandKeys, ShingleSets sets, double threshold, int maxBucketSize, Action<List<DistinctPair>>? sink = null)
    {
        var gate = new object();
        var bands = buckets.Bands;
        var capped = MarkCapped(buckets, sets.Count, maxBucketSize, out var cappedBuckets, out var largestBucket);
        var allowance = ShingleSets.SketchAllowance(sets.MaxSize, threshold);
        var found = new List<DistinctPair>[bands];
        var candidates = new long[bands];
        var verified = new long[bands];
        void Hand(List<DistinctPair> pairs)
        {
            lock (gate)
            {
                sink(pairs);
            }

            pairs.Clear();
        }

        Parallel.For(0, bands, band =>
        {
            var pairs = new List<DistinctPair>();
            var members = new ulong[Math.Min(maxBucketSize, sets.Count)];
            var entries = buckets.Entries(band);
            for (var start = 0; start < entries.Length;)
            {
                var end = buckets.RunEnd(entries, start);
                var count = end - start;
                if (count is > 1 && count <= maxBucketSize)
                {
                    candidates[band] += (long)count * (count - 1) / 2;
                    for (var k = 0; k < count; k++)
                    {
                        var d = buckets.IndexOf(entries[start + k]);
                        members[k] = ((ulong)(uint)sets.SizeOf(d) << 32) | (uint)d;
                    }

                    var bucket = members.AsSpan(0, count);
                    bucket.Sort();
                    verified[band] += Pairs(bucket, band, bands, bandKeys, capped, sets, threshold, allowance, pairs);
                    if (sink is not null && pairs.Count >= SinkBatch)
                    {
                        Hand(pairs);
                    }
                }

                start = end;
            }

            if (sink is not null && pairs.Count > 0)
            {
                Hand(pairs);
            }

            found[band] = pairs;
        });

        return new CandidateResult([.. found.SelectMany(p => p)], candidates.Sum(), verified.Sum(), cappedBuckets, largestBucket);
    }

    /// <summary>Verifies one bucket's pairs; <paramref name="bucket"/> holds (size, distinct index) ascending. Returns how many were verified.</summary>
    private static long Pairs(ReadOnlySpan<ulong> bucket, int band, int bands, ulong[] bandKeys, bool[] capped, ShingleSets sets, double threshold, int[] allowance, List<DistinctPair> pairs)
    {
        long verified = 0;
        for (var x = 0; x < bucket.Length - 1; x++)
        {
            var small = (int)(uint)bucket[x];
            var smallSize = (int)(bucket[x] >> 32);
            var sketch = sets.SketchOf(small);
            for (var y = x + 1; y < bucket.Length; y++)
            {
                var largeSize = (int)(bucket[y] >> 32);
                if ((double)smallSize / largeSize < threshold)
                {
                    break;
                }

                var large = (int)(uint)bucket[y];
                if (ShingleSets.Differing(sketch, sets.SketchOf(large)) > allowance[smallSize + largeSize])
                {
                    continue;
                }

                var first = Math.Min(small, large);
                var second = Math.Max(small, large);
                if (!IsFirstSharedBand(bandKeys, capped, bands, first, second, band))
                {
                    continue;
                }

                verified++;
                var shared = Overlap.CountIfSimilar(sets[first], sets[second], threshold);
                if (shared >= 0)
                {
                    pairs.Add(new DistinctPair(first, second, shared));
                }
            }
        }

        return verified;
    }

    /// <summary>For each distinct text and band (text-major), whether its bucket in that band is over the cap.</summary>
    private static bool[] MarkCapped(BandBuckets buckets, int count, int maxBucketSize, out int cappedBuckets, out int largestBucket)
    {
        var bands = buckets.Bands;
        var capped = new bool[count * bands];
        var cappedCounts = new int[bands];
        var largest = new int[bands];
        Parallel.For(0, bands, band =>
        {
            var entries = buckets.Entries(band);
            for (var start = 0; start < entries.Length;)
            {
                var end = buckets.RunEnd(entries, start);
                largest[band] = Math.Max(largest[band], end - start);
                if (end - start > maxBucketSize)
                {
                    cappedCounts[band]++;
                    for (var k = start; k < end; k++)
                    {
                        capped[(buckets.IndexOf(entries[k]) * bands) + band] = true;
                    }
                }

                start = end;
            }
        });

        cappedBuckets = cappedCounts.Sum();
        largestBucket = largest.Max();
        return capped;
    }

    /// <summary>Whether <paramref name="band"/> is the first band in which the two agree in an uncapped bucket.</summary>
    private static bool IsFirstSharedBand(ulong[] bandKeys, bool[] capped, int bands, int first, int second, int band)
    {
        var a = bandKeys.AsSpan(first * bands, bands);
        var b = bandKeys.AsSpan(second * bands, bands);
        if (a[band] != b[band])
        {
            return false;
        }

        for (var earlier = 0; earlier < band; earlier++)
        {
            if (a[earlier] == b[earlier] && !capped[(first * bands) + earlier])
            {
                return false;
            }
        }

        return true;
    }
}
