namespace SdgMap.Reuse;

/// <summary>Choosing bands and rows from the LSH S-curve.</summary>
/// <remarks>
/// <para>
/// A MinHash value agrees for two texts with probability equal to their Jaccard similarity s, so a band
/// of r values agrees with probability s^r and a pair becomes a candidate in at least one of b bands with
/// probability P(s) = 1 − (1 − s^r)^b — an S-shaped curve in s.
/// </para>
/// <para>
/// <b>The rule</b> (<see cref="Choose"/>): among all (b, r) with b·r ≤ the hash count and
/// P(threshold) ≥ the required probability (0.99 by default), take the largest r — the steepest curve,
/// so the fewest dissimilar pairs become candidates — and for that r the smallest b that reaches the
/// probability. At 128 hashes this gives 17 × 4 for threshold 0.7 (P(0.7) ≈ 0.9906, P(0.5) ≈ 0.67,
/// P(0.3) ≈ 0.13) and 16 × 6 for 0.8 (P(0.8) ≈ 0.9924). The "balanced" choice that puts the curve's
/// midpoint at the threshold finds a pair at the threshold only about half the time and is not used.
/// </para>
/// </remarks>
internal static class LshBanding
{
    /// <summary>The default probability a pair exactly at the threshold must have of becoming a candidate.</summary>
    public const double DefaultMinProbability = 0.99;

    /// <summary>The banding the rule in the type's remarks picks.</summary>
    /// <param name="threshold">The Jaccard similarity to catch, in (0, 1].</param>
    /// <param name="hashCount">The most MinHash values a signature may have, at least 1.</param>
    /// <param name="minProbabilityAtThreshold">The least candidate probability at the threshold, in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="ArgumentException">No banding of <paramref name="hashCount"/> hashes reaches the probability; the message says how many would.</exception>
    public static LshBands Choose(double threshold, int hashCount, double minProbabilityAtThreshold = DefaultMinProbability)
    {
        CheckSimilarity(threshold, nameof(threshold));
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        if (!(minProbabilityAtThreshold is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minProbabilityAtThreshold), minProbabilityAtThreshold, "The probability must be in (0, 1).");
        }

        for (var rows = hashCount; rows >= 1; rows--)
        {
            var bands = FewestBands(threshold, rows, minProbabilityAtThreshold);
            if (bands <= hashCount / rows)
            {
                return new LshBands(bands, rows);
            }
        }

        var needed = FewestBands(threshold, 1, minProbabilityAtThreshold);
        throw new ArgumentException(
            $"No banding of {hashCount} hashes catches a pair at similarity {threshold} with probability {minProbabilityAtThreshold}; it takes at least {needed} hashes.",
            nameof(hashCount));
    }

    /// <summary>P(s) = 1 − (1 − s^r)^b: the probability that a pair with Jaccard similarity s shares at least one band.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="similarity"/> is outside [0, 1] or a count is below 1.</exception>
    public static double CandidateProbability(double similarity, int bands, int rows)
    {
        if (!(similarity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), similarity, "A similarity must be in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        return 1 - Math.Pow(1 - Math.Pow(similarity, rows), bands);
    }

    internal static void CheckSimilarity(double value, string name)
    {
        if (!(value is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A similarity threshold must be in (0, 1].");
        }
    }

    /// <summary>The smallest b with P(threshold) ≥ p for these rows, or int.MaxValue when none is representable.</summary>
    private static int FewestBands(double threshold, int rows, double p)
    {
        var bandAgrees = Math.Pow(threshold, rows);
        if (bandAgrees >= 1)
        {
            return 1;
        }

        // When s^r is below double precision 1 − s^r rounds to 1 and the estimate is not finite.
        var estimate = Math.Ceiling(Math.Log(1 - p) / Math.Log(1 - bandAgrees));
        if (!(estimate is > 0 and < int.MaxValue / 2))
        {
            return int.MaxValue;
        }

        // The logarithms are approximate; settle on the exact smallest b by the curve itself.
        var bands = Math.Max(1, (int)estimate - 1);
        while (CandidateProbability(threshold, bands, rows) < p)
        {
            bands++;
        }

        return bands;
    }
}
