using System.Globalization;
using System.Text;

namespace SdgMap.Text;

/// <summary>Display widths of text in a terminal or a spreadsheet column: East Asian wide and full-width characters take two columns, combining marks none.</summary>
internal static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes on one line.</summary>
    public static int Of(string text)
    {
        // Every ASCII character takes one column (controls too, as Of(Rune) counts them), and
        // most cells are codes and ids.
        if (Ascii.IsValid(text))
        {
            return text.Length;
        }

        var width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                width += Bmp.Widths[c];
                continue;
            }

            // A pair is one character; a lone surrogate reads as U+FFFD, as EnumerateRunes gives it.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            width += Of(rune);
            i += length - 1;
        }

        return width;
    }

    /// <summary>
    /// <paramref name="text"/> cut into pieces of at most <paramref name="width"/> columns, at a
    /// space where the piece has one (English), else between any two characters (Japanese has no
    /// spaces to break at). Nothing is dropped: the pieces joined are the text, a space at a break
    /// staying at the end of its piece (it prints as padding). A single character wider than
    /// <paramref name="width"/> takes a piece of its own.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var pieces = new List<string>();
        var start = 0;
        var used = 0;
        var lastSpace = -1;
        var previous = -1;
        var i = 0;
        while (i < text.Length)
        {
            // A lone surrogate decodes as U+FFFD, one column, one char long: it is cut around, never split.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var w = Of(rune);
            if (used + w > width && i > start && rune.Value != ' ')
            {
                // Break after the last space of the piece, or here when it has none; a closing
                // mark (、。」…) never starts a line, so its word moves down with it.
                var end = lastSpace > start ? lastSpace : NoLineStart.Contains(rune.Value) && previous > start ? previous : i;
                pieces.Add(text[start..end]);
                start = end;
                used = DisplayWidth.Of(text[start..i]);
                lastSpace = -1;
                continue;
            }

            used += w;
            previous = i;
            i += length;
            if (rune.Value == ' ')
            {
                lastSpace = i;
            }
        }

        if (start < text.Length || pieces.Count == 0)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    // Japanese line-breaking rules (kinsoku): marks that close a phrase stay with the text before them.
    private static readonly HashSet<int> NoLineStart = [.. "、。，．・：；？！）」』】〕〉》ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ".EnumerateRunes().Select(r => r.Value)];

    private static int Of(Rune rune) => rune.IsBmp ? Bmp.Widths[rune.Value] : Measure(rune);

    /// <summary>The rule itself, for one character: what <see cref="Of(string)"/> reads from its table.</summary>
    internal static int Measure(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        var v = rune.Value;
        var wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /// <summary>The width of every character of the Basic Multilingual Plane, read from a table: tables and wrapping measure every character they print.</summary>
    private static class Bmp
    {
        public static readonly byte[] Widths = Build();

        private static byte[] Build()
        {
            var widths = new byte[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                // Surrogates are never looked up here: they are read in pairs or as U+FFFD.
                widths[c] = char.IsSurrogate((char)c) ? (byte)1 : (byte)Measure(new Rune(c));
            }

            return widths;
        }
    }
}
