namespace SdgMap.Reuse;

/// <summary>Two texts whose Jaccard similarity reaches the threshold; <see cref="A"/> &lt; <see cref="B"/>.</summary>
/// <remarks>
/// What matched is the <see cref="SharedShingles"/> 2-grams of the two normalised texts
/// (<see cref="NearDuplicateIndex.NormalizedText"/> gives both); exact duplicates share all of theirs.
/// </remarks>
/// <param name="A">The smaller index into the texts.</param>
/// <param name="B">The larger index.</param>
/// <param name="Jaccard">The exact Jaccard similarity of the two shingle sets, in (0, 1].</param>
/// <param name="SharedShingles">How many 2-grams the two normalised texts have in common.</param>
internal readonly record struct SimilarPair(int A, int B, double Jaccard, int SharedShingles);
