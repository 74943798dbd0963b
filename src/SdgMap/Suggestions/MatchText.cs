using System.Globalization;
using System.Text;

namespace SdgMap.Suggestions;

/// <summary>
/// A text as the matcher reads it — NFKC, Latin letters lower-cased, white space collapsed and
/// dropped between non-Latin characters (PDF extraction spaces 「防 災」) — with the position in the
/// original text each character came from, so that evidence points at what the reader sees.
/// </summary>
internal sealed class MatchText
{
    private readonly int[] _start;
    private readonly int[] _end;

    private MatchText(string text, int[] start, int[] end)
    {
        Text = text;
        _start = start;
        _end = end;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Normalises <paramref name="original"/>, keeping the way back to it.</summary>
    public static MatchText Of(string original)
    {
        var text = new StringBuilder(original.Length);
        var start = new List<int>(original.Length);
        var end = new List<int>(original.Length);
        var pendingSpace = -1;
        for (var i = 0; i < original.Length;)
        {
            var c0 = original[i];
            if (pendingSpace < 0 && IsStable(c0))
            {
                // Most characters of a plan (kanji, kana, ASCII) are their own NFKC form: no string per character.
                text.Append(char.IsAsciiLetterUpper(c0) ? (char)(c0 | 0x20) : c0);
                start.Add(i);
                end.Add(i + 1);
                i++;
                continue;
            }

            var width = char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1;
            var piece = Piece(original, i, width);
            if (piece is "\n" or "\r" or "\u2028" or "\u2029")
            {
                // Line breaks end sentences, so they stay (one for a run).
                if (text.Length > 0 && text[^1] != '\n')
                {
                    text.Append('\n');
                    start.Add(i);
                    end.Add(i + width);
                }

                pendingSpace = -1;
                i += width;
                continue;
            }

            if (piece.Length == 1 && char.IsWhiteSpace(piece[0]))
            {
                pendingSpace = pendingSpace < 0 ? i : pendingSpace;
                i += width;
                continue;
            }

            if (piece.Length > 0 && text.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(piece[0]) == UnicodeCategory.NonSpacingMark && pendingSpace < 0)
            {
                // A half-width kana's voicing mark arrives alone (ｶﾞ → カ + U+3099); compose it with its base.
                var composed = string.Concat(text[^1], piece).Normalize(NormalizationForm.FormC);
                if (composed.Length == 1)
                {
                    text[^1] = composed[0];
                    end[^1] = i + width;
                    piece = string.Empty;
                }
            }

            if (pendingSpace >= 0)
            {
                if (text.Length > 0 && piece.Length > 0 && IsLatinOrDigit(text[^1]) && IsLatinOrDigit(piece[0]))
                {
                    text.Append(' ');
                    start.Add(pendingSpace);
                    end.Add(pendingSpace + 1);
                }

                pendingSpace = -1;
            }

            foreach (var c in piece)
            {
                text.Append(c);
                start.Add(i);
                end.Add(i + width);
            }

            i += width;
        }

        return new MatchText(text.ToString(), [.. start], [.. end]);
    }

    /// <summary>The span of the original text that normalised characters [<paramref name="from"/>, <paramref name="to"/>) came from.</summary>
    public (int Start, int Length) Original(int from, int to)
    {
        var s = _start[from];
        return (s, _end[to - 1] - s);
    }

    /// <summary>Characters NFKC and lower-casing leave alone (ASCII but controls and space, kanji, hiragana and katakana but the lone voicing marks and ヿ; a combining mark after one still composes with it, as the mark takes the slow path).</summary>
    private static bool IsStable(char c) =>
        c is (> ' ' and < '\u007F') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FE') or (>= '\u4E00' and <= '\u9FFF');

    /// <summary>Whether a character counts as part of a Latin word (for whole-word matching).</summary>
    public static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c >= '\u00C0' && c <= '\u024F');

    /// <summary>Normalises a lexicon term the way texts are, so both sides compare.</summary>
    public static string Term(string term) => Of(term).Text;

    private static string Piece(string original, int i, int width)
    {
        if (width == 1 && (char.IsSurrogate(original[i]) || original[i] == '\uFFFE'))
        {
            return "\uFFFD";
        }

        var piece = original.Substring(i, width);
        if (!piece.IsNormalized(NormalizationForm.FormKC))
        {
            piece = piece.Normalize(NormalizationForm.FormKC);
        }

        return piece.ToLowerInvariant();
    }
}
