using System.Text;

using SdgMap.Text;

namespace SdgMap.Cli.Output;

/// <summary>
/// A table for people: columns aligned by terminal width (East Asian characters take two),
/// fitted into a given width by wrapping the widest columns, never by cutting text off.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    /// <summary>A column is not wrapped narrower than this (or its header, or its widest cell, if less).</summary>
    private const int MinColumn = 8;

    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="rows"/>, each cell a list of lines
    /// (a list value has one per item), within <paramref name="width"/> columns. When even the
    /// narrowest layout does not fit (dozens of columns), lines run longer rather than lose text.
    /// </summary>
    public static void Write(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, int width, TextWriter output)
    {
        var safeRows = rows.Select(r => r.Select(Clean).ToArray()).ToList();
        var natural = header.Select((h, c) => Math.Max(DisplayWidth.Of(h), safeRows.Count == 0 ? 0 : safeRows.Max(r => r[c].Count == 0 ? 0 : r[c].Max(DisplayWidth.Of)))).ToArray();
        var widths = Fit(natural, header, width - (Gap.Length * Math.Max(0, header.Count - 1)));

        WriteLine([.. header.Select(h => (IReadOnlyList<string>)[h])], widths, output);
        output.Write(string.Join(Gap, widths.Select(w => new string('-', w))));
        output.Write('\n');
        foreach (var row in safeRows)
        {
            WriteLine(row, widths, output);
        }
    }

    /// <summary>Column widths within <paramref name="available"/>: narrow columns keep their width, the rest share what is left.</summary>
    internal static int[] Fit(IReadOnlyList<int> natural, IReadOnlyList<string> header, int available)
    {
        var widths = natural.ToArray();
        if (widths.Sum() <= available)
        {
            return widths;
        }

        // Give out the room narrowest first: a column needing less than an even share keeps its
        // width, and what it leaves goes to the wider ones, which wrap.
        var remaining = available;
        var order = Enumerable.Range(0, widths.Length).OrderBy(c => natural[c]).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var c = order[k];
            var share = Math.Max(remaining, 0) / (order.Count - k);
            var least = Math.Min(natural[c], Math.Max(MinColumn, DisplayWidth.Of(header[c])));
            widths[c] = Math.Max(Math.Min(natural[c], share), least);
            remaining -= widths[c];
        }

        return widths;
    }

    // Line breaks inside a value become spaces: a table's lines are its own.
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
                    line.Append(' ', Math.Max(0, widths[c] - DisplayWidth.Of(piece))).Append(Gap);
                }
            }

            output.Write(line.ToString().TrimEnd());
            output.Write('\n');
        }
    }
}
