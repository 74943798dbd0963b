using SdgMap.Collections;

namespace SdgMap.Model;

/// <summary>A level of a plan's hierarchy, named as the plan names it.</summary>
public sealed record PlanLevel
{
    /// <summary>The level's name (<c>施策</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Other names the document uses for the same level.</summary>
    public IReadOnlyList<string> AlsoCalled { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
