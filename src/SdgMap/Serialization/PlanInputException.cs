namespace SdgMap.Serialization;

/// <summary>
/// Input SdgMap cannot read: a plan file that is not valid JSON, not of the plan format, or holds
/// a value of the wrong kind. The message names the file, the line and the JSON path, and says
/// what was expected.
/// </summary>
/// <remarks>
/// Mistakes that leave a plan readable (a duplicate id, a parent that does not resolve) are not
/// thrown: they are reported by <c>PlanValidator</c> so that every one is seen at once.
/// </remarks>
public class PlanInputException : Exception
{
    /// <summary>Creates the exception; the message is composed from the location and <paramref name="problem"/>.</summary>
    public PlanInputException(string problem, string? file = null, int? line = null, int? column = null, string? path = null, Exception? innerException = null)
        : base(Compose(problem, file, line, column, path), innerException)
    {
        Problem = problem;
        File = file;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>Creates the exception with a message.</summary>
    public PlanInputException()
        : this("The input could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PlanInputException(string message)
        : this(message, file: null)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public PlanInputException(string message, Exception innerException)
        : this(message, file: null, innerException: innerException)
    {
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The file, when the input came from one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line, where known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (in UTF-8 bytes), where known.</summary>
    public int? Column { get; }

    /// <summary>The JSON path of the offending value (<c>$.elements[3].sdg[0]</c>), where known.</summary>
    public string? Path { get; }

    private static string Compose(string problem, string? file, int? line, int? column, string? path)
    {
        var where = file ?? "(input)";
        if (line is not null)
        {
            where += column is null ? $":{line}" : $":{line}:{column}";
        }

        return path is null ? $"{where}: {problem}" : $"{where}: {path}: {problem}";
    }
}
