using System.Globalization;
using System.Text;
using SdgMap.Text;

namespace SdgMap.Reuse;

/// <summary>How texts are compared for reuse: normalised, then cut into character 2-grams.</summary>
/// <remarks>
/// Japanese has no spaces between words, so character 2-grams are the usual unit. Normalising
/// applies NFKC (full-width letters and digits become ASCII, half-width katakana full-width),
/// lower-cases, and drops everything but letters, digits and marks (punctuation, symbols and
/// white space), so 「地域コミュニティの活性化。」 and 地域コミュニティの活性化 compare equal.
/// A 2-gram is two Unicode scalar values packed into one 64-bit key, so shingle sets are exact.
/// </remarks>
public static class ReuseText
{
    private const ulong SingleCharacter = 0x1FFFFF;

    /// <summary>The normalised form of a text; normalising twice changes nothing.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in Nfkc.Normalize(text).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is <= UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        // Lower-casing after NFKC can, rarely, produce text NFKC would change again.
        var once = builder.ToString();
        return once.IsNormalized(NormalizationForm.FormKC) ? once : Normalize(once);
    }

    /// <summary>The sorted, distinct 2-gram keys of an already normalised text; a one-character text has one key, an empty text none.</summary>
    public static ulong[] Shingles(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var runes = new List<int>(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            runes.Add(rune.Value);
        }

        if (runes.Count == 0)
        {
            return [];
        }

        if (runes.Count == 1)
        {
            return [((ulong)runes[0] << 21) | SingleCharacter];
        }

        var keys = new ulong[runes.Count - 1];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((ulong)runes[i] << 21) | (uint)runes[i + 1];
        }

        Array.Sort(keys);
        var distinct = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] != keys[distinct - 1])
            {
                keys[distinct++] = keys[i];
            }
        }

        return keys[..distinct];
    }

    /// <summary>The Jaccard similarity of two sorted, distinct key sets: shared keys over all keys; 0 when both are empty.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var shared = SharedCount(a, b);
        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>How many keys two sorted, distinct key sets share (a merge, linear in their lengths).</summary>
    public static int SharedCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
