namespace SdgMap.Parquet;

/// <summary>What <see cref="ParquetExport.WriteAsync"/> wrote: one entry per table, in <see cref="ParquetExport.Tables"/> order.</summary>
public sealed record ParquetExportResult
{
    /// <summary>The tables written.</summary>
    public required IReadOnlyList<ParquetTableResult> Tables { get; init; }
}

/// <summary>One table of the export.</summary>
public sealed record ParquetTableResult
{
    /// <summary>The table's name (<c>elements</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The file written (<c>DIR/elements.parquet</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The rows written.</summary>
    public required long Rows { get; init; }

    /// <summary>The row groups written.</summary>
    public required int RowGroups { get; init; }
}
