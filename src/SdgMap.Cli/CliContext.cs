namespace SdgMap.Cli;

/// <summary>Where a command writes and how wide its tables may be; the output is known only once the command line is parsed.</summary>
internal sealed class CliContext
{
    /// <summary>Standard output, or the buffer that <c>-o FILE</c> writes when the command is done.</summary>
    public TextWriter Output { get; set; } = TextWriter.Null;

    /// <summary>Standard error: summaries, warnings and progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The terminal columns tables fit into.</summary>
    public required int Width { get; init; }
}
