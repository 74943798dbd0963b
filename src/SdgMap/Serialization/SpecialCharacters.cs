using System.Numerics;
using System.Runtime.InteropServices;

namespace SdgMap.Serialization;

/// <summary>
/// Finds the first character <see cref="PlanTextEncoder"/> may have to escape, a vector at a time
/// (sixteen characters with AVX2): a handful of range tests per vector, where a general set search
/// over the same two thousand characters (the surrogates among them) showed in the save profile.
/// </summary>
internal static class SpecialCharacters
{
    /// <summary>The index of the first control character, quote, backslash, C1 control, U+2028, U+2029, U+FEFF or surrogate half (and with <paramref name="markup"/> <c>&lt; &gt; &amp;</c>), or -1.</summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text, bool markup)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var lanes = MemoryMarshal.Cast<char, ushort>(text);
            for (; i <= lanes.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                if (Special(new Vector<ushort>(lanes[i..]), markup) != Vector<ushort>.Zero)
                {
                    // Somewhere in these few characters: the scalar loop below says where.
                    break;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsSpecial(text[i], markup))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rule for one character, which the vector test below must agree with.</summary>
    public static bool IsSpecial(char c, bool markup) =>
        c is < '\u0020' or '"' or '\\' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or (>= '\uD800' and <= '\uDFFF')
        || (markup && c is '<' or '>' or '&');

    // Comparisons of unsigned lanes are unsigned, so "v - low < width" is one range test.
    private static Vector<ushort> Special(Vector<ushort> v, bool markup)
    {
        var hits = Vector.LessThan(v, new Vector<ushort>(0x20))
            | Vector.Equals(v, new Vector<ushort>('"'))
            | Vector.Equals(v, new Vector<ushort>('\\'))
            | Vector.LessThan(v - new Vector<ushort>(0x7F), new Vector<ushort>(0x21))
            | Vector.LessThan(v - new Vector<ushort>(0x2028), new Vector<ushort>(2))
            | Vector.Equals(v, new Vector<ushort>(0xFEFF))
            | Vector.LessThan(v - new Vector<ushort>(0xD800), new Vector<ushort>(0x800));
        return markup
            ? hits | Vector.Equals(v, new Vector<ushort>('<')) | Vector.Equals(v, new Vector<ushort>('>')) | Vector.Equals(v, new Vector<ushort>('&'))
            : hits;
    }
}
