namespace SdgMap.Graph;

/// <summary>
/// A plan or element id that the graph does not hold, thrown the same way by every query and walk
/// that takes one; the message names the id and what exists.
/// </summary>
/// <remarks>It is a <see cref="KeyNotFoundException"/>, so code written against the graph's earlier look-ups still catches it.</remarks>
public sealed class UnknownIdException : KeyNotFoundException
{
    private const int Listed = 10;

    /// <summary>Creates the exception for an unknown plan id.</summary>
    /// <param name="planId">The id asked for.</param>
    /// <param name="known">The plan ids the graph holds.</param>
    public UnknownIdException(string planId, IReadOnlyList<string> known)
        : base($"No plan '{planId}' in the graph; it holds {Describe(known, "no plan", "plan")}.")
    {
        ArgumentNullException.ThrowIfNull(known);
        PlanId = planId;
    }

    /// <summary>Creates the exception for an unknown element id in a plan the graph holds.</summary>
    /// <param name="planId">The plan asked in.</param>
    /// <param name="elementId">The element id asked for.</param>
    /// <param name="elementCount">How many elements the plan has.</param>
    public UnknownIdException(string planId, string elementId, int elementCount)
        : base($"No element '{elementId}' in plan '{planId}' (it has {elementCount} elements; element ids are the plan file's \"id\" fields).")
    {
        PlanId = planId;
        ElementId = elementId;
    }

    /// <summary>The plan id asked for (or asked in, for an unknown element).</summary>
    public string PlanId { get; } = string.Empty;

    /// <summary>The unknown element id; <see langword="null"/> when the plan itself is unknown.</summary>
    public string? ElementId { get; }

    private static string Describe(IReadOnlyList<string> known, string none, string noun) => known.Count switch
    {
        0 => none,
        1 => $"one {noun}, '{known[0]}'",
        <= Listed => $"{known.Count} {noun}s: {string.Join(", ", known.Select(k => $"'{k}'"))}",
        _ => $"{known.Count} {noun}s: {string.Join(", ", known.Take(Listed).Select(k => $"'{k}'"))} and {known.Count - Listed} more",
    };
}
