namespace SdgMap.Queries;

/// <summary>An element found alike to another by <see cref="WhoElseQueries.WhoElse"/>.</summary>
public sealed record SimilarElement
{
    /// <summary>The plan's id.</summary>
    public required string Plan { get; init; }

    /// <summary>The element's normalised code (its id where it prints none, or prints one not unique in the plan).</summary>
    public required string Code { get; init; }

    /// <summary>The element's title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>How it is alike: <see cref="ReuseKinds.SimilarText"/> or <see cref="ReuseKinds.SharedTargets"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Jaccard similarity of the texts (2-grams) or of the declared target sets.</summary>
    public required double Score { get; init; }

    /// <summary>The normalised text compared, or the shared targets.</summary>
    public required string Matched { get; init; }
}
