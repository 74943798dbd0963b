using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace SdgMap.Cli.Output;

/// <summary>
/// One output column of a command: its name (as JSON names the same value) and how to read it
/// from a row. Each command lists its columns, in the order people read them.
/// </summary>
internal sealed record Column<T>(string Name, Func<T, object?> Value)
{
    /// <summary>Adds the cell as a table shows it to <paramref name="lines"/>: numbers rounded for people, one line per list item.</summary>
    public void AddTableLines(T row, List<string> lines)
    {
        switch (Value(row))
        {
            case string s:
                lines.Add(s);
                break;
            // What the IEnumerable case gives for a list of strings, without a boxed enumerator and a
            // type test per item: element codes are most of the lines a national table prints.
            case IReadOnlyList<string?> texts:
                foreach (var text in texts)
                {
                    lines.Add(text ?? string.Empty);
                }

                break;
            case IEnumerable list:
                foreach (var item in list)
                {
                    lines.Add(Cell(item, rounded: true));
                }

                break;
            case var value:
                lines.Add(Cell(value, rounded: true));
                break;
        }
    }

    /// <summary>The cell as CSV holds it: full values, list items joined with "; ".</summary>
    public string CsvCell(T row) => Cell(Value(row), rounded: false);

    private static string Cell(object? value, bool rounded) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d when rounded => d.ToString("0.###", CultureInfo.InvariantCulture),
        float f when rounded => f.ToString("0.###", CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join("; ", list.Cast<object?>().Select(item => Cell(item, rounded))),
        _ => value.ToString() ?? string.Empty,
    };
}
