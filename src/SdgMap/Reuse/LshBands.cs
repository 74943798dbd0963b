namespace SdgMap.Reuse;

/// <summary>
/// A banding of MinHash signatures for locality-sensitive hashing: <see cref="Bands"/> bands of
/// <see cref="Rows"/> hash values each. Two texts become candidates when all the values of at least one
/// band agree.
/// </summary>
/// <param name="Bands">The number of bands, b.</param>
/// <param name="Rows">The number of hash values per band, r.</param>
internal readonly record struct LshBands(int Bands, int Rows)
{
    /// <summary>The number of MinHash values a signature needs, b·r.</summary>
    public int Hashes => Bands * Rows;

    /// <summary>The probability that a pair with Jaccard <paramref name="similarity"/> becomes a candidate; see <see cref="LshBanding.CandidateProbability"/>.</summary>
    public double CandidateProbability(double similarity) => LshBanding.CandidateProbability(similarity, Bands, Rows);

    /// <inheritdoc/>
    public override string ToString() => $"{Bands} bands × {Rows} rows";
}
