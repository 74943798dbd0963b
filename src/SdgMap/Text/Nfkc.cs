using System.Text;

namespace SdgMap.Text;

/// <summary>
/// NFKC normalisation that never throws: what the framework's normaliser refuses — lone
/// surrogates (invalid UTF-16) and the noncharacter U+FFFE — becomes U+FFFD first.
/// </summary>
internal static class Nfkc
{
    public static string Normalize(string text)
    {
        if (!HasLoneSurrogate(text) && !text.Contains('\uFFFE', StringComparison.Ordinal))
        {
            return text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in EnumerateLenient(text))
        {
            builder.Append(rune);
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
    }

    private static bool HasLoneSurrogate(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && !IsWellFormed(text);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> EnumerateLenient(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return text.Substring(i++, 2);
            }
            else
            {
                yield return char.IsSurrogate(text[i]) || text[i] == '\uFFFE' ? "\uFFFD" : text[i].ToString();
            }
        }
    }
}
