namespace SdgMap.Cli;

/// <summary>Where a command writes and how wide its tables may be; the output is known only once the command line is parsed.</summary>
internal sealed class CliContext
{
    /// <summary>Standard output, or the buffer that <c>-o FILE</c> writes when the command is done.</summary>
    public TextWriter Output { get; set; } = TextWriter.Null;

    /// <summary>The <c>-o</c> path when it names a file or folder (not <c>-</c>): a workbook or Parquet tables are written there directly.</summary>
    public string? OutputPath { get; set; }

    /// <summary>Set by a command that wrote <see cref="OutputPath"/> itself, so that no text is written over it.</summary>
    public bool WroteOutput { get; set; }

    /// <summary>Standard output itself, even under <c>-o</c>: where a command that writes a folder reports what it wrote.</summary>
    public TextWriter StandardOutput { get; set; } = TextWriter.Null;

    /// <summary>Standard error: summaries, warnings and progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The terminal columns tables fit into.</summary>
    public required int Width { get; init; }
}
