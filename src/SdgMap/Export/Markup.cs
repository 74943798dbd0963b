using System.Globalization;
using System.Text;
using SdgMap.Text;

namespace SdgMap.Export;

/// <summary>
/// Text from plan files made safe for SVG and HTML: markup characters become entities; control
/// characters (line breaks excepted, which become spaces), bidirectional controls (U+061C,
/// U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and the noncharacters U+FFFE/U+FFFF are shown as
/// <c>\uXXXX</c>, so a title can neither inject markup nor reorder the text around it; lone
/// surrogates become U+FFFD.
/// </summary>
internal static class Markup
{
    /// <summary>Appends <paramref name="text"/> escaped for XML and HTML text and attribute values.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, ReadOnlySpan<char> text) => SafeText.Append(builder, text, WriteEscaped, SafeText.Replace);

    private static void WriteEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '&': builder.Append("&amp;"); break;
            case '<': builder.Append("&lt;"); break;
            case '>': builder.Append("&gt;"); break;
            case '"': builder.Append("&quot;"); break;
            case '\'': builder.Append("&#39;"); break;
            case '\n' or '\r' or '\t': builder.Append(' '); break;
            default:
                if (IsNeutralised(c))
                {
                    SafeText.Escape(builder, c);
                }
                else
                {
                    builder.Append(c);
                }

                break;
        }
    }

    /// <summary><paramref name="text"/> escaped (see <see cref="AppendEscaped"/>).</summary>
    public static string Escape(string text) => new StringBuilder(text.Length + 8).AppendEscaped(text).ToString();

    /// <summary>Whether a character is shown as <c>\uXXXX</c>: a control, a bidirectional control or a noncharacter.</summary>
    public static bool IsNeutralised(char c) =>
        char.IsControl(c) || SafeText.IsBidiControl(c) || c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters with an ellipsis,
    /// never between the halves of a surrogate pair; line breaks count as one character each.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>An estimate of the text's width in ems: wide (East Asian) characters 1, others 0.6.</summary>
    public static double WidthInEms(string text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += char.IsLowSurrogate(c) ? 0 : IsWide(c) ? 1.0 : 0.6;
        }

        return width;
    }

    /// <summary>A number formatted for SVG attributes: invariant, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An integer formatted invariantly.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') || char.IsHighSurrogate(c);
}
