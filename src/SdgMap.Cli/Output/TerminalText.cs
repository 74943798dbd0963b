using System.Globalization;
using System.Text;

namespace SdgMap.Cli.Output;

/// <summary>
/// Text from plan files made safe to print where people read it (a terminal, a log): control
/// characters — line breaks, escape sequences, NUL — and lone surrogates are shown as
/// <c>\uXXXX</c>, so a title can neither move the cursor, recolour the terminal nor start a line
/// that looks like another finding.
/// </summary>
internal static class TerminalText
{
    /// <summary>The longest message printed for one error; longer ones (a value of a megabyte quoted back) are cut.</summary>
    public const int MaxMessage = 2000;

    /// <summary><paramref name="text"/> with every control character and lone surrogate written as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="includeFormat">Also every invisible format character (zero-width space, BOM, soft hyphen …), as error messages and annotations want; tables keep them, since emoji sequences use U+200D.</param>
    public static string Safe(string text, bool includeFormat = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool IsUnsafe(char c) => TerminalText.IsUnsafe(c) || (includeFormat && char.GetUnicodeCategory(c) == UnicodeCategory.Format);
        if (!text.Any(c => IsUnsafe(c) || char.IsSurrogate(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An error message as one safe line of at most <see cref="MaxMessage"/> characters.</summary>
    public static string Paragraph(string message)
    {
        var safe = Safe(message, includeFormat: true);
        return safe.Length <= MaxMessage ? safe : string.Concat(safe.AsSpan(0, MaxMessage), $"… ({safe.Length - MaxMessage:N0} more characters)");
    }

    // Bidirectional overrides are included: they can make text read in a different order than it is stored.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
