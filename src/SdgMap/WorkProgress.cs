namespace SdgMap;

/// <summary>
/// How far a long operation (reading a folder of plans, finding reuse, suggesting links) has come,
/// as told to an <see cref="IProgress{T}"/>.
/// </summary>
/// <remarks>
/// Operations that work on several threads report from any of them; <see cref="Done"/> only
/// grows within one stage, but reports may arrive out of order.
/// </remarks>
public readonly record struct WorkProgress
{
    /// <summary>What is being done, in English: <c>read</c>, <c>reuse</c>, <c>suggest</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>How many units (files, steps, plans) are finished.</summary>
    public required int Done { get; init; }

    /// <summary>How many units there are in all.</summary>
    public required int Total { get; init; }
}
