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
    public static string Safe(string text) => Safe(text, keepLineBreaks: false);

    /// <summary>
    /// As <see cref="Safe(string)"/>, but with <paramref name="keepLineBreaks"/> CR and LF are kept
    /// as they are, for a format that escapes them itself (GitHub workflow commands write them as
    /// <c>%0D</c> and <c>%0A</c>).
    /// </summary>
    public static string Safe(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscaping(text))
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
            else if (IsUnsafe(c) && !(keepLineBreaks && c is '\r' or '\n'))
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
        var safe = Safe(message);
        return safe.Length <= MaxMessage ? safe : string.Concat(safe.AsSpan(0, MaxMessage), $"… ({safe.Length - MaxMessage:N0} more characters)");
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    // Bidirectional overrides are included: they can make text read in a different order than it is stored.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
