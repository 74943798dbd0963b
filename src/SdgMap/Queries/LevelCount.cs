namespace SdgMap.Queries;

/// <summary>How many elements one plan has at one of its levels.</summary>
public sealed record LevelCount
{
    /// <summary>The plan's id.</summary>
    public required string Plan { get; init; }

    /// <summary>The level's depth, 1 for the top level; 0 for elements whose level the plan does not define.</summary>
    public required int Depth { get; init; }

    /// <summary>The level's name as the plan names it.</summary>
    public required string Level { get; init; }

    /// <summary>The number of elements at the level.</summary>
    public required int Count { get; init; }
}
