using SdgMap.Queries;

namespace SdgMap.Parquet;

/// <summary>How <see cref="ParquetExport.WriteAsync"/> lays out the tables.</summary>
public sealed record ParquetExportOptions
{
    /// <summary>64 plans a row group, reuse groups as <see cref="ReuseOptions.Default"/> finds them.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>
    /// How many plans' rows make one row group of the per-plan tables (at least 1). Only one batch
    /// of rows is held in memory per table, so memory is bounded by the batch, not the corpus.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int PlansPerRowGroup
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PlansPerRowGroup), value, "A row group holds at least one plan.");
    } = 64;

    /// <summary>Which reuse groups <c>reuse_groups</c> holds; <see langword="null"/> writes the table with no rows (and skips the reuse query's cost).</summary>
    public ReuseOptions? Reuse { get; init; } = ReuseOptions.Default;

    /// <summary>Only these tables (by name), for measuring one table's cost; <see langword="null"/> for all.</summary>
    internal IReadOnlySet<string>? OnlyTables { get; init; }
}
