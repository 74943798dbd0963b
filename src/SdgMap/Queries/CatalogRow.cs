namespace SdgMap.Queries;

/// <summary>One goal, target or indicator of the SDG catalogue, as a table row.</summary>
public sealed record CatalogRow
{
    /// <summary>The id (<c>16</c>, <c>16.6</c>, <c>16.6.1</c>).</summary>
    public required string Id { get; init; }

    /// <summary><c>goal</c>, <c>target</c> or <c>indicator</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The goal the entry belongs to.</summary>
    public required int Goal { get; init; }

    /// <summary>The English title.</summary>
    public required string TitleEn { get; init; }

    /// <summary>The Japanese title; <see langword="null"/> where the catalogue has none (indicators).</summary>
    public string? TitleJa { get; init; }

    /// <summary>The goal's colour (<c>#RRGGBB</c>) for goal rows.</summary>
    public string? Colour { get; init; }
}
