using System.Numerics;

namespace SdgMap.Reuse;

/// <summary>
/// The shingle sets of the distinct texts in one flat array (offsets plus keys), so verifying a pair
/// touches two contiguous runs, and a 512-bit parity sketch of each set for rejecting pairs cheaply.
/// </summary>
/// <remarks>
/// The sketch toggles one bit per shingle. A shingle in both sets toggles the same bit in both, so the
/// two sketches differ only where the symmetric difference reaches: popcount(a ⊕ b) ≤ |A Δ B|, hence
/// |A ∩ B| ≤ (|A| + |B| − popcount(a ⊕ b)) / 2. A pair is rejected on that bound and on
/// the sizes alone (<see cref="CandidateSearch"/> applies them); both are exact bounds, so no pair at the threshold is lost.
/// </remarks>
internal sealed class ShingleSets
{
    private const int ChunkSize = 2048;
    public const int SketchWords = 8;
    private readonly int[] _offsets;
    private readonly int[] _keys;
    private readonly ulong[] _sketches;

    private ShingleSets(int[] offsets, int[] keys, ulong[] sketches)
    {
        _offsets = offsets;
        _keys = keys;
        _sketches = sketches;
    }

    public int Count => _offsets.Length - 1;

    public ReadOnlySpan<int> this[int d] => _keys.AsSpan(_offsets[d], _offsets[d + 1] - _offsets[d]);

    public int SizeOf(int d) => _offsets[d + 1] - _offsets[d];

    /// <summary>The largest set size.</summary>
    public int MaxSize { get; private init; }

    /// <summary>Distinct text <paramref name="d"/>'s sketch: 8 words.</summary>
    public ReadOnlySpan<ulong> SketchOf(int d) => _sketches.AsSpan(d * SketchWords, SketchWords);

    /// <summary>How many sketch bits two sets can differ in and still reach the threshold, indexed by |A| + |B|.</summary>
    public static int[] SketchAllowance(int maxSize, double threshold)
    {
        var allowance = new int[(2 * maxSize) + 1];
        for (var total = 0; total < allowance.Length; total++)
        {
            allowance[total] = total - (2 * Overlap.SharedNeeded(total, threshold));
        }

        return allowance;
    }

    /// <summary>The number of bits in which two sketches differ.</summary>
    public static int Differing(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y)
    {
        var differing = 0;
        for (var w = 0; w < SketchWords; w++)
        {
            differing += BitOperations.PopCount(x[w] ^ y[w]);
        }

        return differing;
    }

    public static ShingleSets Build(string[] normalized, int[] firstItems)
    {
        var count = firstItems.Length;
        var sizes = new int[count];
        var chunkKeys = new int[(count + ChunkSize - 1) / ChunkSize][];
        Chunks.For(count, ChunkSize, (start, end) =>
        {
            var capacity = 0;
            for (var d = start; d < end; d++)
            {
                capacity += Shingling.MaxCount(normalized[firstItems[d]]);
            }

            var buffer = new int[capacity];
            var used = 0;
            for (var d = start; d < end; d++)
            {
                sizes[d] = Shingling.Write(normalized[firstItems[d]], buffer.AsSpan(used));
                used += sizes[d];
            }

            chunkKeys[start / ChunkSize] = buffer[..used];
        });

        var offsets = new int[count + 1];
        for (var d = 0; d < count; d++)
        {
            offsets[d + 1] = checked(offsets[d] + sizes[d]);
        }

        var keys = new int[offsets[^1]];
        var sketches = new ulong[count * SketchWords];
        Parallel.For(0, chunkKeys.Length, c =>
        {
            chunkKeys[c].CopyTo(keys, offsets[c * ChunkSize]);
            var end = Math.Min(count, (c + 1) * ChunkSize);
            for (var d = c * ChunkSize; d < end; d++)
            {
                var sketch = sketches.AsSpan(d * SketchWords, SketchWords);
                foreach (var key in keys.AsSpan(offsets[d], offsets[d + 1] - offsets[d]))
                {
                    // The top 9 bits of a Fibonacci hash pick one of 512 bits.
                    var bit = ((uint)key * 0x9E37_79B1u) >> 23;
                    sketch[(int)(bit >> 6)] ^= 1UL << (int)(bit & 63);
                }
            }
        });
        return new ShingleSets(offsets, keys, sketches) { MaxSize = sizes.Length == 0 ? 0 : sizes.Max() };
    }
}
