using System.Text;

namespace SdgMap.Serialization;

/// <summary>What an <see cref="IPlanReader"/> is told besides the bytes: the file's name, the limits, and what a flat table does not hold.</summary>
public sealed record PlanReadContext
{
    /// <summary>The default context: no file name, <see cref="PlanLimits.Default"/>, nothing declared.</summary>
    public static PlanReadContext Default { get; } = new();

    /// <summary>The file's name, for messages and <see cref="Model.PlanDocument.Path"/>; <see langword="null"/> for input from no file.</summary>
    public string? Path { get; init; }

    /// <summary>The size limits the reader applies.</summary>
    public PlanLimits Limits { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = PlanLimits.Default;

    /// <summary>The plan id, municipality and title that a flat table (CSV, a sheet) does not hold; readers of plan files ignore it.</summary>
    public PlanCsv.PlanHeader? Header { get; init; }

    /// <summary>The declared encoding of a text table; <see langword="null"/> to detect it (see <see cref="PlanCsv.Decode(ReadOnlySpan{byte})"/>). Plan files are always UTF-8.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The sheet of a workbook to read; <see langword="null"/> for the first sheet. Other readers ignore it.</summary>
    public string? Sheet { get; init; }

    /// <summary>Cancels a long read.</summary>
    public CancellationToken CancellationToken { get; init; }
}
