namespace SdgMap.Model;

/// <summary>Where in the source document an element is printed.</summary>
public sealed record SourceLocation
{
    /// <summary>The 1-based line of the element's heading in the plan's source file.</summary>
    public int? Line { get; init; }

    /// <summary>The printed page, where known.</summary>
    public string? Page { get; init; }
}
