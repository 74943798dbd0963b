namespace SdgMap.Reuse;

/// <summary>A text similar to a queried one (see <see cref="NearDuplicateIndex.MostSimilar"/>).</summary>
/// <param name="Item">The index of the similar text.</param>
/// <param name="Jaccard">The exact Jaccard similarity to the queried text, in (0, 1].</param>
/// <param name="SharedShingles">How many 2-grams the two normalised texts have in common.</param>
internal readonly record struct SimilarItem(int Item, double Jaccard, int SharedShingles);
