namespace SdgMap.Model;

/// <summary>Another printing of an element elsewhere in the source, kept so validation can report disagreements.</summary>
public sealed record CodeVariant
{
    /// <summary>The code as printed there.</summary>
    public string? Code { get; init; }

    /// <summary>The title as printed there.</summary>
    public string? Title { get; init; }

    /// <summary>The 1-based line in the source file.</summary>
    public int? Line { get; init; }
}
