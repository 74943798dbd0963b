using SdgMap.Graph;

namespace SdgMap.Queries;

/// <summary>An element found alike to another by <see cref="WhoElseQueries.WhoElse"/>.</summary>
public sealed record SimilarElement
{
    /// <summary>The element found.</summary>
    public required ElementRef Element { get; init; }

    /// <summary>How it is alike: <see cref="ReuseKind.SimilarText"/> or <see cref="ReuseKind.SharedTargets"/>.</summary>
    public required ReuseKind Kind { get; init; }

    /// <summary>Jaccard similarity of the texts (2-grams) or of the declared target sets.</summary>
    public required double Score { get; init; }

    /// <summary>The normalised text compared, or the shared targets.</summary>
    public required string Matched { get; init; }
}
