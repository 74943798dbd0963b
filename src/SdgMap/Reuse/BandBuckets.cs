using System.Numerics;

namespace SdgMap.Reuse;

/// <summary>
/// For each band, the distinct texts sorted by band key: a bucket is a run of equal keys. Sorting flat
/// arrays groups a million texts faster and in less memory than dictionaries of lists.
/// </summary>
/// <remarks>
/// Each entry packs the band key's high bits above the text's index (as many low bits as the largest
/// index needs), so one <c>ulong</c> sort groups and orders at once and a bucket lists its texts in
/// ascending order. Keys that differ only in the dropped low bits share a run; callers compare full keys.
/// </remarks>
internal sealed class BandBuckets
{
    private readonly ulong[][] _entries;
    private readonly int _indexBits;

    private BandBuckets(ulong[][] entries, int indexBits)
    {
        _entries = entries;
        _indexBits = indexBits;
    }

    public int Bands => _entries.Length;

    /// <summary>Band <paramref name="band"/>'s packed entries, sorted.</summary>
    public ReadOnlySpan<ulong> Entries(int band) => _entries[band];

    public int IndexOf(ulong entry) => (int)(entry & ((1UL << _indexBits) - 1));

    /// <summary>The end of the run that starts at <paramref name="start"/>.</summary>
    public int RunEnd(ReadOnlySpan<ulong> entries, int start)
    {
        var bucket = entries[start] >> _indexBits;
        var end = start + 1;
        while (end < entries.Length && entries[end] >> _indexBits == bucket)
        {
            end++;
        }

        return end;
    }

    /// <summary>The run of band <paramref name="band"/> holding texts whose key is <paramref name="key"/>.</summary>
    public ReadOnlySpan<ulong> Run(int band, ulong key)
    {
        var entries = Entries(band);
        var low = (key >> _indexBits) << _indexBits;
        var start = entries.BinarySearch(low);
        start = start >= 0 ? start : ~start;
        if (start >= entries.Length || entries[start] >> _indexBits != key >> _indexBits)
        {
            return [];
        }

        return entries[start..RunEnd(entries, start)];
    }

    public static BandBuckets Build(ulong[] bandKeys, int count, int bands)
    {
        var indexBits = Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)Math.Max(count - 1, 1)));
        var indexMask = (1UL << indexBits) - 1;
        var entries = new ulong[bands][];
        Parallel.For(0, bands, band =>
        {
            var run = new ulong[count];
            for (var d = 0; d < count; d++)
            {
                run[d] = (bandKeys[(d * bands) + band] & ~indexMask) | (uint)d;
            }

            Array.Sort(run);
            entries[band] = run;
        });
        return new BandBuckets(entries, indexBits);
    }
}
