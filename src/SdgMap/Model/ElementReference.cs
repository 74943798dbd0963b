namespace SdgMap.Model;

/// <summary>A reference from one element to another in the same plan, as the source prints it.</summary>
public sealed record ElementReference
{
    /// <summary>The id of the element referred to.</summary>
    public required string Element { get; init; }

    /// <summary>What kind of reference this is (<c>theme</c>, <c>see-also</c>), free text.</summary>
    public string? Kind { get; init; }

    /// <summary>The code as printed at the reference.</summary>
    public string? PrintedCode { get; init; }

    /// <summary>The title as printed at the reference (it may differ from the element's own).</summary>
    public string? PrintedTitle { get; init; }
}
