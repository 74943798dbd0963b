namespace SdgMap.Model;

/// <summary>The text a plan was encoded from.</summary>
public sealed record PlanSource
{
    /// <summary>The source file's name.</summary>
    public string? File { get; init; }

    /// <summary>What the source is (a draft, an extract of a PDF …).</summary>
    public string? Document { get; init; }

    /// <summary>A note on how the plan was encoded.</summary>
    public string? Note { get; init; }
}
