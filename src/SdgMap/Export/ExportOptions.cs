using SdgMap.Graph;

namespace SdgMap.Export;

/// <summary>What an <see cref="IPlanExporter"/> writes: which plan, and the options some formats take.</summary>
public sealed record ExportOptions
{
    /// <summary>The plan to write.</summary>
    public required string PlanId { get; init; }

    /// <summary>For diagrams, the element whose subtree is drawn; <see langword="null"/> for the whole plan. Other formats ignore it.</summary>
    public ElementNode? Element { get; init; }

    /// <summary>For JSON-LD, the base URI element URIs are made from.</summary>
    public string BaseUri { get; init; } = "urn:sdgmap:";
}
