using SdgMap.Catalog;

namespace SdgMap.Graph;

/// <summary>A vertex of a <see cref="PlanGraph"/>: a plan, a plan element, an SDG goal or target, or a taxonomy term.</summary>
/// <remarks>Vertices are small keys that compare by value; the data behind them is looked up in the <see cref="PlanGraph"/>.</remarks>
public abstract record PlanGraphNode
{
    private protected PlanGraphNode()
    {
    }
}

/// <summary>The root vertex of one plan.</summary>
/// <param name="PlanId">The plan's id.</param>
public sealed record PlanNode(string PlanId) : PlanGraphNode
{
    /// <inheritdoc/>
    public override string ToString() => PlanId;
}

/// <summary>A plan element.</summary>
/// <param name="PlanId">The plan's id.</param>
/// <param name="ElementId">The element's id in its plan.</param>
public sealed record ElementNode(string PlanId, string ElementId) : PlanGraphNode
{
    /// <inheritdoc/>
    public override string ToString() => $"{PlanId}#{ElementId}";
}

/// <summary>An SDG goal or target.</summary>
/// <param name="Id">The goal or target.</param>
public sealed record SdgNode(SdgId Id) : PlanGraphNode
{
    /// <inheritdoc/>
    public override string ToString() => $"SDG {Id}";
}

/// <summary>A taxonomy term.</summary>
/// <param name="Scope">The id of the plan that defines the taxonomy; empty for a built-in one such as <c>care</c>.</param>
/// <param name="Taxonomy">The taxonomy's id.</param>
/// <param name="Term">The term's id.</param>
public sealed record TermNode(string Scope, string Taxonomy, string Term) : PlanGraphNode
{
    /// <inheritdoc/>
    public override string ToString() => Scope.Length == 0 ? $"{Taxonomy}:{Term}" : $"{Scope}/{Taxonomy}:{Term}";
}
