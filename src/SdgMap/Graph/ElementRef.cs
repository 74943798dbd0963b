using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>
/// An element named by a query result: its vertex, the code queries print for it and its title.
/// <see cref="PlanGraph.Element(ElementNode)"/> with <see cref="Node"/> gives the element itself.
/// </summary>
/// <remarks>
/// A reference is a position in the graph's index, not a copy: rows that name a million elements
/// hold no string per element, and <see cref="Code"/> and <see cref="Title"/> are read when asked
/// for. Two references are equal when they name the same element id of the same plan id.
/// </remarks>
public readonly struct ElementRef : IEquatable<ElementRef>
{
    private readonly PlanIndex _index;
    private readonly int _position;

    internal ElementRef(PlanIndex index, int position)
    {
        _index = index;
        _position = position;
    }

    /// <summary>The id of the element's plan.</summary>
    public string PlanId => _index.Plan.Id;

    /// <summary>The element's id in its plan.</summary>
    public string ElementId => Element.Id;

    /// <summary>The element's vertex in the graph.</summary>
    public ElementNode Node => new(PlanId, ElementId);

    /// <summary>How queries name the element: its normalised code, or its id where it prints none or prints a code not unique in its plan.</summary>
    public string Code => _index.Codes[_position];

    /// <summary>The element's title as printed (a placeholder where the source has none).</summary>
    public string Title => Element.DisplayTitle;

    /// <summary><c>plan:code</c>: the element's name among several plans' elements.</summary>
    public string QualifiedCode => $"{PlanId}:{Code}";

    /// <summary>The element's position in its plan's index.</summary>
    internal int Position => _position;

    internal PlanIndex Index => _index;

    internal PlanElement Element => _index.Plan.Elements[_position];

    /// <summary>Whether both name the same element of the same plan.</summary>
    public static bool operator ==(ElementRef left, ElementRef right) => left.Equals(right);

    /// <summary>Whether the two name different elements.</summary>
    public static bool operator !=(ElementRef left, ElementRef right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ElementRef other) =>
        (ReferenceEquals(_index, other._index) && _position == other._position)
        || (_index is not null && other._index is not null
            && string.Equals(PlanId, other.PlanId, StringComparison.Ordinal)
            && string.Equals(ElementId, other.ElementId, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ElementRef other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index is null ? 0 : HashCode.Combine(StringComparer.Ordinal.GetHashCode(PlanId), StringComparer.Ordinal.GetHashCode(ElementId));

    /// <summary>The element's <see cref="Code"/>.</summary>
    public override string ToString() => _index is null ? string.Empty : Code;
}
