using System.Text;
using SdgMap.Cli.Output;
using SdgMap.Text;

namespace SdgMap.Tests.Cli;

/// <summary>
/// The table writer as it was before it read rows twice instead of holding them (session 23):
/// every cell cleaned, wrapped and trimmed into lists, each line built and trimmed as a string.
/// Kept here only as the reference the streaming writer must match byte for byte.
/// </summary>
internal static class ReferenceTextTable
{
    private const string Gap = "  ";

    public static void Write(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, int width, TextWriter output)
    {
        var safeRows = rows.Select(r => r.Select(Clean).ToArray()).ToList();
        var natural = header.Select((h, c) => Math.Max(ReferenceWidth(h), safeRows.Count == 0 ? 0 : safeRows.Max(r => r[c].Count == 0 ? 0 : r[c].Max(ReferenceWidth)))).ToArray();
        var widths = TextTable.Fit(natural, header, width - (Gap.Length * Math.Max(0, header.Count - 1)));

        WriteLine([.. header.Select(h => (IReadOnlyList<string>)[h])], widths, output);
        output.Write(string.Join(Gap, widths.Select(w => new string('-', w))));
        output.Write('\n');
        foreach (var row in safeRows)
        {
            WriteLine(row, widths, output);
        }
    }

    /// <summary>Display width rune by rune by the rule itself, as it was measured before the width table.</summary>
    public static int ReferenceWidth(string text) => text.EnumerateRunes().Sum(DisplayWidth.Measure);

    private static IReadOnlyList<string> Clean(IReadOnlyList<string> lines) =>
        [.. lines.Select(l => TerminalText.Safe(l.ReplaceLineEndings(" ")))];

    private static void WriteLine(IReadOnlyList<IReadOnlyList<string>> cells, int[] widths, TextWriter output)
    {
        var wrapped = cells.Select((lines, c) => lines.SelectMany(l => DisplayWidth.Wrap(l, Math.Max(widths[c], 1))).Select(p => p.TrimEnd(' ')).ToList()).ToList();
        var height = Math.Max(1, wrapped.Max(w => w.Count));
        for (var y = 0; y < height; y++)
        {
            var line = new StringBuilder();
            for (var c = 0; c < wrapped.Count; c++)
            {
                var piece = y < wrapped[c].Count ? wrapped[c][y] : string.Empty;
                line.Append(piece);
                if (c < wrapped.Count - 1)
                {
                    line.Append(' ', Math.Max(0, widths[c] - ReferenceWidth(piece))).Append(Gap);
                }
            }

            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
        }
    }
}
