using System.Globalization;
using System.Text;
using SdgMap.Text;

namespace SdgMap.Model;

/// <summary>Normalises element codes as plans print them so that printings of one code compare equal.</summary>
/// <remarks>
/// The rules, in order: Unicode NFKC (full-width digits and letters become ASCII:
/// <c>経３-３</c> → <c>経3-3</c>); every dash-like character (<c>－ ‐ – — ― ー ｰ</c> between digits,
/// <c>‑ ⁃ −</c>) becomes <c>-</c>; white space is removed (<c>施策 2 - 2 1 4</c> → <c>施策2-214</c>);
/// a leading level word printed before the code (<c>施策</c>, <c>基本事業</c>, <c>政策</c>) is dropped, as is
/// a trailing <c>.</c> or <c>．</c> (<c>7-1.</c> → <c>7-1</c>); parenthesised numbers keep their
/// parentheses in ASCII (<c>（１）</c> → <c>(1)</c>). Normalising is idempotent.
/// </remarks>
public static class ElementCode
{
    private static readonly string[] LevelWords = ["基本事業", "施策", "政策", "事業", "基本目標"];

    /// <summary>The normalised form of a code as printed.</summary>
    public static string Normalize(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);

        // Printable ASCII that does not end in a dot is already normal: NFKC keeps it, it holds no
        // white space and no dash but '-', and the level words are Japanese. Most codes of a
        // national corpus are like this, and skip the passes below with no copy made.
        return printed.Length > 0 && printed[^1] != '.' && !printed.AsSpan().ContainsAnyExceptInRange('!', '~')
            ? printed
            : NormalizeByRules(printed);
    }

    /// <summary><see cref="Normalize"/> without its shortcut for codes already normal; the tests hold the two equal.</summary>
    internal static string NormalizeByRules(string printed)
    {
        // Removing white space can bring a letter next to a combining mark that NFKC then
        // composes (S + " ̇" → Ṡ), so one pass is not always final. Later passes only compose,
        // remove or replace characters one for one, so the length never grows and this ends.
        var result = Pass(printed);
        for (var next = Pass(result); next != result; next = Pass(result))
        {
            result = next;
        }

        return result;
    }

    private static string Pass(string printed)
    {
        var text = Nfkc.Normalize(printed);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(IsDash(text, i) ? '-' : c);
        }

        var result = builder.ToString().TrimEnd('.');
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var word in LevelWords)
            {
                if (result.Length > word.Length && result.StartsWith(word, StringComparison.Ordinal) && char.IsAsciiDigit(result[word.Length]))
                {
                    result = result[word.Length..];
                    stripped = true;
                }
            }
        }

        return result;
    }

    private static bool IsDash(string text, int i)
    {
        var c = text[i];
        if (c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '⁃' or '﹣')
        {
            return true;
        }

        // The long-vowel mark is a dash only between digits; elsewhere it is part of a word (センター).
        return c is 'ー' or 'ｰ' && PrevNonSpaceIsDigit(text, i) && NextNonSpaceIsDigit(text, i);
    }

    private static bool PrevNonSpaceIsDigit(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return char.IsAsciiDigit(text[j]);
            }
        }

        return false;
    }

    private static bool NextNonSpaceIsDigit(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return char.IsAsciiDigit(text[j]) || CharUnicodeInfo.GetUnicodeCategory(text[j]) == UnicodeCategory.DecimalDigitNumber;
            }
        }

        return false;
    }
}
