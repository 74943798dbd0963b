using System.Globalization;
using System.Text;
using SdgMap.Text;

namespace SdgMap.Reuse;

/// <summary>
/// The text side of near-duplicate detection: how a measure's text is normalised, cut into
/// character 2-grams (shingles) and compared by Jaccard similarity.
/// </summary>
/// <remarks>
/// <para>
/// <b>Normalising</b>: Unicode NFKC (full-width letters and digits become ASCII, half-width katakana
/// become full-width, <c>①</c> becomes <c>1</c>), lenient about invalid UTF-16 (a lone surrogate
/// becomes U+FFFD instead of throwing — a symbol, so then dropped); then every punctuation mark and
/// symbol (<c>、。・「」（）【】〜</c>, ASCII <c>.,()-</c>, emoji …), all white space, control and format
/// characters are removed. Letters (including <c>ー</c> and <c>々</c>), digits and combining marks
/// stay. Case is kept. The result is NFKC again (removing a character can bring a base letter and a
/// combining mark together), and normalising is idempotent.
/// </para>
/// <para>
/// <b>Shingles</b>: the set of 2-grams of Unicode scalar values (a surrogate pair is one character) of
/// the normalised text, each as an opaque 32-bit key. A pair of characters from the Basic Multilingual
/// Plane maps to a key exactly — no two distinct BMP 2-grams share a key — so similarity among BMP texts
/// (all ordinary Japanese) is exact. A 2-gram involving a character outside the BMP (emoji, rare kanji
/// such as 𠮷) is hashed into 27 bits of a block BMP keys never use, so only such 2-grams can collide. A
/// text of one character has that character as its only shingle; an empty text has none.
/// </para>
/// <para>
/// <b>Jaccard</b>: |A ∩ B| / |A ∪ B| of two shingle sets. Empty sets are similar to nothing (0), so texts
/// that normalise to nothing (punctuation only) never match.
/// </para>
/// </remarks>
internal static class ReuseText
{
    /// <summary>The normalised form of a text; see the type's remarks for the rules.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Removing a character can make the rest non-NFKC (a base letter meets a combining mark), so repeat
        // to a fixed point; each round only shortens or reorders, and real text settles in one or two.
        var current = Nfkc.Normalize(text);
        for (var round = 0; round < 8; round++)
        {
            var kept = KeepContent(current);
            if (ReferenceEquals(kept, current))
            {
                return current;
            }

            current = Nfkc.Normalize(kept);
        }

        return current;
    }

    /// <summary>The sorted, distinct shingle keys of <paramref name="text"/>'s normalised form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static int[] Shingles(string text)
    {
        var normalized = Normalize(text);
        var keys = new int[Shingling.MaxCount(normalized)];
        return keys[..Shingling.Write(normalized, keys)];
    }

    /// <summary>The Jaccard similarity of two sorted, distinct shingle sets, in [0, 1]; 0 when either is empty.</summary>
    public static double Jaccard(ReadOnlySpan<int> a, ReadOnlySpan<int> b) =>
        Overlap.Jaccard(Overlap.Count(a, b), a.Length, b.Length);

    /// <summary><paramref name="text"/> itself when it holds nothing to drop, so the common case allocates nothing.</summary>
    private static string KeepContent(string text)
    {
        var firstDropped = -1;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (IsDropped(rune))
            {
                firstDropped = i;
                break;
            }

            i += length;
        }

        if (firstDropped < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstDropped);
        for (var i = firstDropped; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (!IsDropped(rune))
            {
                builder.Append(text, i, length);
            }

            i += length;
        }

        return builder.ToString();
    }

    private static bool IsDropped(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => true,
        _ => Rune.IsWhiteSpace(rune),
    };
}
