using QuikGraph;
using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>What an edge of a <see cref="PlanGraph"/> says.</summary>
public enum PlanEdgeKind
{
    /// <summary>A plan contains a top-level element, or an element contains a child.</summary>
    Contains,

    /// <summary>An element refers to another element of its plan.</summary>
    References,

    /// <summary>An element links to an SDG goal or target.</summary>
    LinksToSdg,

    /// <summary>An element carries a taxonomy term.</summary>
    Tagged,

    /// <summary>An SDG target belongs to its goal.</summary>
    TargetWithinGoal,
}

/// <summary>A typed edge of a <see cref="PlanGraph"/>; edges compare by value.</summary>
/// <param name="Source">Where the edge starts (the container, the referring or linked element, the target).</param>
/// <param name="Target">Where the edge ends.</param>
/// <param name="Kind">What the edge says.</param>
/// <param name="Provenance">Whether the source declares the edge or a tool suggested it; structural edges are <see cref="LinkProvenance.Declared"/>.</param>
public sealed record PlanGraphEdge(PlanGraphNode Source, PlanGraphNode Target, PlanEdgeKind Kind, LinkProvenance Provenance) : IEdge<PlanGraphNode>;
