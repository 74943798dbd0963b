using System.Numerics;
using System.Runtime.InteropServices;

namespace SdgMap.Reuse;

/// <summary>
/// MinHash signatures reduced straight to band keys: one 64-bit key per band per distinct text, stored
/// text-major (text d's keys at [d·b, d·b + b)).
/// </summary>
/// <remarks>
/// Each shingle key is first scrambled by a seeded bijective 32-bit mixer (Japanese 2-gram keys share
/// their high bits; the mixer spreads them and keeps distinct keys distinct). Hash function i is then
/// Dietzfelbinger's multiply-add-shift h_i(x) = (a_i·x + b_i) mod 2^64 with the high 32 bits kept —
/// strongly universal for 32-bit x — with a_i, b_i drawn from the seed. The minimum over the set is
/// taken on the full 64-bit value, whose high half is the minimum of the high halves. All functions are
/// evaluated a SIMD vector at a time. A band key is a seeded 64-bit hash of the band's r minima; texts
/// agreeing on the key agree on the band (up to a 2^-64 chance).
/// </remarks>
internal sealed class MinHasher
{
    private const int ChunkSize = 4096;
    private readonly ulong[] _multipliers;
    private readonly ulong[] _addends;
    private readonly uint _keySeed;
    private readonly ulong _bandSeed;
    private readonly LshBands _banding;

    public MinHasher(LshBands banding, ulong seed)
    {
        _banding = banding;
        var lanes = Vector<ulong>.Count;
        var padded = (banding.Hashes + lanes - 1) / lanes * lanes;
        var random = seed;
        _keySeed = (uint)SplitMix(ref random);
        _bandSeed = SplitMix(ref random);
        _multipliers = new ulong[padded];
        _addends = new ulong[padded];
        for (var i = 0; i < padded; i++)
        {
            _multipliers[i] = SplitMix(ref random);
            _addends[i] = SplitMix(ref random);
        }
    }

    /// <summary>The band keys of every set, text-major.</summary>
    public ulong[] BandKeys(ShingleSets sets)
    {
        var bands = _banding.Bands;
        var keys = new ulong[(long)sets.Count * bands];
        Chunks.For(sets.Count, ChunkSize, (start, end) =>
        {
            var minima = new ulong[_multipliers.Length];
            for (var d = start; d < end; d++)
            {
                BandKeys(sets[d], minima, keys.AsSpan(d * bands, bands));
            }
        });
        return keys;
    }

    /// <summary>Writes one key per band for one shingle set; <paramref name="minima"/> is scratch of the padded hash count.</summary>
    public void BandKeys(ReadOnlySpan<int> shingles, ulong[] minima, Span<ulong> bandKeys)
    {
        minima.AsSpan().Fill(ulong.MaxValue);
        var min = MemoryMarshal.Cast<ulong, Vector<ulong>>(minima.AsSpan());
        var a = MemoryMarshal.Cast<ulong, Vector<ulong>>(_multipliers.AsSpan());
        var b = MemoryMarshal.Cast<ulong, Vector<ulong>>(_addends.AsSpan());
        foreach (var shingle in shingles)
        {
            var x = new Vector<ulong>(Mix32((uint)shingle ^ _keySeed));
            for (var v = 0; v < min.Length; v++)
            {
                min[v] = Vector.Min(min[v], (a[v] * x) + b[v]);
            }
        }

        var rows = _banding.Rows;
        for (var band = 0; band < bandKeys.Length; band++)
        {
            var h = _bandSeed ^ ((ulong)band * 0x9E37_79B9_7F4A_7C15UL);
            for (var row = 0; row < rows; row++)
            {
                h = BitOperations.RotateLeft((h ^ (minima[(band * rows) + row] >> 32)) * 0xC2B2_AE3D_27D4_EB4FUL, 31);
            }

            bandKeys[band] = Mix64(h);
        }
    }

    /// <summary>Murmur3's 32-bit finaliser: a bijection, so distinct shingle keys stay distinct.</summary>
    private static uint Mix32(uint x)
    {
        x ^= x >> 16;
        x *= 0x85EB_CA6B;
        x ^= x >> 13;
        x *= 0xC2B2_AE35;
        return x ^ (x >> 16);
    }

    private static ulong Mix64(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51_AFD7_ED55_8CCDUL;
        x ^= x >> 33;
        x *= 0xC4CE_B9FE_1A85_EC53UL;
        return x ^ (x >> 33);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E37_79B9_7F4A_7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
