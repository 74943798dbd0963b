using System.Globalization;
using SdgMap.Resources;
using SdgMap.Text;

namespace SdgMap.Serialization;

/// <summary>
/// Input SdgMap cannot read — the one exception every reader throws for bad input: a plan file
/// that is not valid JSON, not of the plan format, holds a value of the wrong kind or goes past a
/// <see cref="PlanLimits"/> limit; a table (CSV) with a malformed row; a validation configuration
/// of the wrong shape; a file that cannot be read at all.
/// </summary>
/// <remarks>
/// <para>
/// The exception carries where the problem is, as far as the reader knows it: <see cref="File"/>,
/// <see cref="Line"/> and <see cref="Column"/>, the <see cref="Path"/> of a JSON value, the
/// <see cref="Row"/> of a table, the <see cref="ElementId"/> of the element concerned.
/// <see cref="Exception.Message"/> is one line built from them and <see cref="Problem"/>:
/// <c>file:line:column: $.path: row 4: element '7-1': what is wrong</c> (for a workbook,
/// <c>file: sheet '計画' cell B7: element '7-1': what is wrong</c>), each part only when known,
/// with control characters from the input written as <c>\uXXXX</c>.
/// </para>
/// <para>
/// Mistakes that leave a plan readable (a duplicate id, a parent that does not resolve, a parent
/// cycle) are not thrown: <c>PlanValidator</c> reports them, so that every one is seen at once.
/// </para>
/// </remarks>
public class PlanInputException : Exception
{
    /// <summary>Creates the exception; the message is composed from the location and <paramref name="problem"/>.</summary>
    public PlanInputException(string problem, string? file = null, int? line = null, int? column = null, string? path = null, Exception? innerException = null)
        : base(problem, innerException)
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

    /// <summary>The 1-based line, where known (for a table, the line its row starts on).</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (in UTF-8 bytes), where known.</summary>
    public int? Column { get; }

    /// <summary>The JSON path of the offending value (<c>$.elements[3].sdg[0]</c>), where known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based row of a table (the header is row 1), where the input is one; it differs from <see cref="Line"/> when a cell holds line breaks.</summary>
    public int? Row { get; init; }

    /// <summary>The workbook sheet the problem is on, where the input is a workbook.</summary>
    public string? Sheet { get; init; }

    /// <summary>The workbook cell the problem is in (<c>B7</c>), where known; for a table read from text, <see cref="Row"/> and the problem's column name say where.</summary>
    public string? Cell { get; init; }

    /// <summary>The id of the element the problem concerns, where known.</summary>
    public string? ElementId { get; init; }

    /// <summary>The location and the problem on one line: <c>file:line:column: $.path: row N: element 'id': problem</c>.</summary>
    public override string Message
    {
        get
        {
            var where = File ?? Messages.InputNoFile;
            if (Line is not null)
            {
                where += Column is null
                    ? string.Create(CultureInfo.InvariantCulture, $":{Line}")
                    : string.Create(CultureInfo.InvariantCulture, $":{Line}:{Column}");
            }

            var parts = new List<string> { where };
            if (Path is not null)
            {
                parts.Add(Path);
            }

            if (Sheet is not null)
            {
                parts.Add(Cell is null ? Localized.Format(Messages.AtSheet, Sheet) : Localized.Format(Messages.AtSheetCell, Sheet, Cell));
            }

            // A table's problems already say "row N" when they name a cell; the prefix is added only where they do not.
            var row = Row is null ? null : Localized.FormatInvariant(Messages.AtRow, Row);
            if (row is not null && Cell is null && !Problem.StartsWith(row, StringComparison.Ordinal))
            {
                parts.Add(row);
            }

            // Messages quote ids as 'id' in English and 「id」 in Japanese: either way the id is named already.
            if (ElementId is not null && !Problem.Contains($"'{ElementId}'", StringComparison.Ordinal) && !Problem.Contains($"「{ElementId}」", StringComparison.Ordinal))
            {
                parts.Add(Localized.Format(Messages.AtElement, ElementId));
            }

            parts.Add(Problem);
            return OneLine(string.Join(": ", parts));
        }
    }

    /// <summary>
    /// Control characters, invisible format characters (a BOM, a zero-width space, a bidirectional
    /// override) and lone surrogates written as <c>\uXXXX</c>: the problem may quote a
    /// value from the input (a column name with a line break, an escape sequence), and the
    /// message stays one printable line.
    /// </summary>
    private static string OneLine(string text) =>
        SafeText.Clean(text, IsUnsafe, EscapeUnsafe, SafeText.Escape);

    private static readonly SafeText.Write EscapeUnsafe = SafeText.EscapeWhere(IsUnsafe);

    private static bool IsUnsafe(char c) => char.IsControl(c) || SafeText.IsSeparator(c) || SafeText.IsFormat(c);
}
