namespace SdgMap.Queries;

/// <summary>What the rows or the columns of a <see cref="CoverageMatrix"/> are.</summary>
public sealed record MatrixAxis
{
    private MatrixAxis(MatrixAxisKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>One row per plan (rows only).</summary>
    public static MatrixAxis Plans { get; } = new(MatrixAxisKind.Plans, null);

    /// <summary>The 17 goals (columns only).</summary>
    public static MatrixAxis Goals { get; } = new(MatrixAxisKind.Goals, null);

    /// <summary>The 169 targets (columns only).</summary>
    public static MatrixAxis Targets { get; } = new(MatrixAxisKind.Targets, null);

    /// <summary>What the axis is.</summary>
    public MatrixAxisKind Kind { get; }

    /// <summary>The level (name or depth) or taxonomy id the axis is about.</summary>
    public string? Value { get; }

    /// <summary>One row per element of a level, named (<c>施策</c>) or by depth (<c>1</c>) (rows only).</summary>
    public static MatrixAxis Level(string level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(level);
        return new(MatrixAxisKind.Level, level);
    }

    /// <summary>One row or column per term of a taxonomy: <c>care</c>, or a plan's own id such as <c>reform</c>.</summary>
    public static MatrixAxis Taxonomy(string taxonomyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taxonomyId);
        return new(MatrixAxisKind.Taxonomy, taxonomyId);
    }
}

/// <summary>The kinds of <see cref="MatrixAxis"/>.</summary>
public enum MatrixAxisKind
{
    /// <summary>Plans.</summary>
    Plans,

    /// <summary>Elements of one level.</summary>
    Level,

    /// <summary>Terms of one taxonomy.</summary>
    Taxonomy,

    /// <summary>SDG goals.</summary>
    Goals,

    /// <summary>SDG targets.</summary>
    Targets,
}
