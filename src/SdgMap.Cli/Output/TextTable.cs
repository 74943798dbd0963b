using SdgMap.Text;

namespace SdgMap.Cli.Output;

/// <summary>The lines of one cell (a list value has one per item), added to <paramref name="lines"/>.</summary>
internal delegate void TableCell<in T>(T row, int column, List<string> lines);

/// <summary>
/// A table for people: columns aligned by terminal width (East Asian characters take two),
/// fitted into a given width by wrapping the widest columns, never by cutting text off.
/// </summary>
/// <remarks>
/// Rows are read twice, once for the column widths and once to print, rather than held as
/// lines: a national corpus prints hundreds of thousands of rows, and a cell costs only what it
/// prints (a line that fits its column is written as it is, with no copy).
/// </remarks>
internal static class TextTable
{
    private const string Gap = "  ";

    /// <summary>A column is not wrapped narrower than this (or its header, or its widest cell, if less).</summary>
    private const int MinColumn = 8;

    /// <summary>
    /// Writes <paramref name="header"/> and <paramref name="rows"/>, each cell a list of lines,
    /// within <paramref name="width"/> columns. When even the narrowest layout does not fit
    /// (dozens of columns), lines run longer rather than lose text.
    /// </summary>
    public static void Write(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, int width, TextWriter output) =>
        Write(header, rows, static (row, column, lines) => lines.AddRange(row[column]), width, output);

    /// <summary>
    /// Writes <paramref name="header"/> and one line or more per row, the lines of each cell read
    /// by <paramref name="cell"/>, within <paramref name="width"/> columns.
    /// </summary>
    public static void Write<T>(IReadOnlyList<string> header, IReadOnlyList<T> rows, TableCell<T> cell, int width, TextWriter output)
    {
        var columns = header.Count;
        var natural = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            natural[c] = DisplayWidth.Of(header[c]);
        }

        var read = new List<string>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                read.Clear();
                cell(rows[r], c, read);
                foreach (var line in read)
                {
                    natural[c] = Math.Max(natural[c], DisplayWidth.Of(Clean(line)));
                }
            }
        }

        var widths = Fit(natural, header, width - (Gap.Length * Math.Max(0, columns - 1)));
        var printer = new RowPrinter(widths, output);
        for (var c = 0; c < columns; c++)
        {
            printer.Add(c, header[c]);
        }

        printer.Print();
        output.Write(string.Join(Gap, widths.Select(w => new string('-', w))));
        output.Write('\n');
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                read.Clear();
                cell(rows[r], c, read);
                foreach (var line in read)
                {
                    printer.Add(c, Clean(line));
                }
            }

            printer.Print();
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
    private static string Clean(string line) => TerminalText.SafeLine(line);

    /// <summary>
    /// One row at a time: the pieces of each cell (a line that fits its column, or the parts it
    /// wraps into), then printed line by line, padded to the column widths.
    /// </summary>
    private sealed class RowPrinter(int[] widths, TextWriter output)
    {
        private readonly List<(string Text, int Width)>[] _pieces = [.. widths.Select(_ => new List<(string, int)>())];
        private char[] _line = new char[256];

        /// <summary>Adds one line of the cell in <paramref name="column"/>, wrapped to its width.</summary>
        public void Add(int column, string line)
        {
            var room = Math.Max(widths[column], 1);
            var lineWidth = DisplayWidth.Of(line);
            if (lineWidth <= room)
            {
                AddPiece(column, line, lineWidth);
                return;
            }

            foreach (var piece in DisplayWidth.Wrap(line, room))
            {
                AddPiece(column, piece, -1);
            }
        }

        /// <summary>Prints the row's lines and starts the next row.</summary>
        public void Print()
        {
            var height = 1;
            foreach (var pieces in _pieces)
            {
                height = Math.Max(height, pieces.Count);
            }

            for (var y = 0; y < height; y++)
            {
                var length = 0;
                for (var c = 0; c < _pieces.Length; c++)
                {
                    var (text, width) = y < _pieces[c].Count ? _pieces[c][y] : (string.Empty, 0);
                    Append(ref length, text);
                    if (c < _pieces.Length - 1)
                    {
                        Pad(ref length, Math.Max(0, widths[c] - width) + Gap.Length);
                    }
                }

                // As string.TrimEnd does: a row's line never ends in padding or blank text.
                while (length > 0 && char.IsWhiteSpace(_line[length - 1]))
                {
                    length--;
                }

                output.Write(_line, 0, length);
                output.Write('\n');
            }

            foreach (var pieces in _pieces)
            {
                pieces.Clear();
            }
        }

        // A piece never ends in the space it was broken at: that space prints as padding.
        private void AddPiece(int column, string piece, int width)
        {
            var text = piece.TrimEnd(' ');
            _pieces[column].Add((text, width >= 0 && text.Length == piece.Length ? width : DisplayWidth.Of(text)));
        }

        private void Append(ref int length, string text)
        {
            Room(length + text.Length);
            text.CopyTo(_line.AsSpan(length));
            length += text.Length;
        }

        private void Pad(ref int length, int spaces)
        {
            Room(length + spaces);
            _line.AsSpan(length, spaces).Fill(' ');
            length += spaces;
        }

        private void Room(int needed)
        {
            if (needed > _line.Length)
            {
                Array.Resize(ref _line, Math.Max(needed, _line.Length * 2));
            }
        }
    }
}
