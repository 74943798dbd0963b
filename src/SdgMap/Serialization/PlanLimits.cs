namespace SdgMap.Serialization;

/// <summary>
/// How large an input SdgMap reads. Going past a limit is a <see cref="PlanInputException"/>
/// that names the limit, never an out-of-memory error or a stack overflow.
/// </summary>
public sealed record PlanLimits
{
    /// <summary>The defaults: 64 MiB files, nesting 64 deep, 2,000,000 elements a plan, 1,000,000 bytes a string, 1,000 columns a table.</summary>
    public static PlanLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes; a larger file is refused before it is read. The largest shipped plan has about 120 kB.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays (a plan file needs 6).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most elements one plan may hold.</summary>
    public int MaxElements { get; init; } = 2_000_000;

    /// <summary>The most columns a table's header may name (the format has 15; unnamed columns count too). A data row may have no more cells than its header.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>The longest JSON string (a title, a description), in UTF-8 bytes as written in the file.</summary>
    public int MaxStringBytes { get; init; } = 1_000_000;
}
