using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Queries;

/// <summary>
/// A column of a <see cref="CoverageMatrix"/>: a goal, a target or a taxonomy term, with the key
/// the command line and JSON print (<c>3</c>, <c>3.8</c>, <c>care:medical</c>).
/// </summary>
public sealed record MatrixColumn
{
    /// <summary>The column's key as printed: the SDG id, or <c>taxonomy:term</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The goal or target, for goal and target columns; <see langword="null"/> for a term column.</summary>
    public SdgId? Sdg { get; init; }

    /// <summary>The term, for taxonomy columns; <see langword="null"/> for a goal or target column.</summary>
    public Tag? Term { get; init; }

    /// <summary>A goal or target column.</summary>
    public static MatrixColumn Of(SdgId sdg) => new() { Key = sdg.ToString(), Sdg = sdg };

    /// <summary>A taxonomy term column.</summary>
    public static MatrixColumn Of(Tag term) => new() { Key = term.ToString(), Term = term };

    /// <summary>The key.</summary>
    public override string ToString() => Key;
}
