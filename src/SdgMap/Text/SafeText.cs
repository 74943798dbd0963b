using System.Globalization;
using System.Text;

namespace SdgMap.Text;

/// <summary>
/// The one place text from plan files is cleaned of what must not reach an output verbatim:
/// control characters, bidirectional controls, invisible format characters and lone surrogates.
/// Each output (markup, diagrams, error messages, the terminal) picks which characters it
/// neutralises and how; the walk that keeps surrogate pairs whole and catches lone halves is here.
/// </summary>
internal static class SafeText
{
    /// <summary>Writes one character that is not half of a surrogate pair.</summary>
    public delegate void Write(StringBuilder builder, char c);

    /// <summary>
    /// Appends <paramref name="text"/>: surrogate pairs as they are, a lone surrogate through
    /// <paramref name="lone"/>, every other character through <paramref name="write"/>.
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text, Write write, Write lone)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                lone(builder, c);
            }
            else
            {
                write(builder, c);
            }
        }

        return builder;
    }

    /// <summary><paramref name="text"/> itself when nothing in it is a surrogate or <paramref name="isUnsafe"/>; otherwise cleaned as <see cref="Append"/> does.</summary>
    public static string Clean(string text, Func<char, bool> isUnsafe, Write write, Write lone)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || isUnsafe(c))
            {
                return Append(new StringBuilder(text.Length + 16), text, write, lone).ToString();
            }
        }

        return text;
    }

    /// <summary>Writes the character as <c>\uXXXX</c>, visible and inert.</summary>
    public static void Escape(StringBuilder builder, char c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>A writer that escapes (<see cref="Escape"/>) the characters <paramref name="isUnsafe"/> picks and keeps the rest.</summary>
    public static Write EscapeWhere(Func<char, bool> isUnsafe) => (builder, c) =>
    {
        if (isUnsafe(c))
        {
            Escape(builder, c);
        }
        else
        {
            builder.Append(c);
        }
    };

    /// <summary>Writes U+FFFD, the replacement character.</summary>
    public static void Replace(StringBuilder builder, char c) => builder.Append('\uFFFD');

    /// <summary>A bidirectional control (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): it can make text read in another order than it is stored.</summary>
    public static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A line or paragraph separator (U+2028, U+2029): a line break that is not a control character.</summary>
    public static bool IsSeparator(char c) => c is '\u2028' or '\u2029';

    /// <summary>An invisible format character (a BOM, a zero-width space, a soft hyphen …).</summary>
    public static bool IsFormat(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
