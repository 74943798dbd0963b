namespace SdgMap.Reuse;

/// <summary>
/// Chooses how MinHash signatures are cut into bands for locality-sensitive hashing, from the
/// S-curve: two texts of Jaccard similarity s become candidates with probability
/// 1 − (1 − s^r)^b for b bands of r rows.
/// </summary>
public static class LshBanding
{
    /// <summary>The probability that two texts of Jaccard similarity <paramref name="similarity"/> share at least one band.</summary>
    public static double CandidateProbability(double similarity, int bands, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bands);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        return 1 - Math.Pow(1 - Math.Pow(similarity, rows), bands);
    }

    /// <summary>
    /// The bands and rows (b·r ≤ <paramref name="hashCount"/>) that catch a pair at exactly
    /// <paramref name="threshold"/> with probability at least <paramref name="minProbabilityAtThreshold"/>,
    /// choosing the most rows among those (the steepest curve, so the fewest dissimilar
    /// candidates to verify), and among equal rows the fewest bands that still reach it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in (0, 1], or no banding of that many hashes reaches the probability.</exception>
    public static (int Bands, int Rows) Choose(double threshold, int hashCount, double minProbabilityAtThreshold = 0.99)
    {
        if (threshold is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The similarity threshold must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hashCount);
        for (var rows = hashCount; rows >= 1; rows--)
        {
            var maxBands = hashCount / rows;
            if (CandidateProbability(threshold, maxBands, rows) < minProbabilityAtThreshold)
            {
                continue;
            }

            for (var bands = 1; bands <= maxBands; bands++)
            {
                if (CandidateProbability(threshold, bands, rows) >= minProbabilityAtThreshold)
                {
                    return (bands, rows);
                }
            }
        }

        throw new ArgumentOutOfRangeException(nameof(hashCount), hashCount, $"No banding of {hashCount} hashes catches a pair at similarity {threshold} with probability {minProbabilityAtThreshold}; use more hashes.");
    }
}
