using SdgMap.Text;

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
        var (isUnsafe, stops) = includeFormat ? (UnsafeOrFormat, UnsafeOrFormatStops) : (Unsafe, UnsafeStops);

        // Tables print every cell through here, and nearly every cell is clean: one look-up per character finds out.
        return stops.IndexOfAny(text) < 0 ? text : SafeText.Clean(text, isUnsafe, SafeText.EscapeWhere(isUnsafe), SafeText.Escape);
    }

    /// <summary><paramref name="text"/> as one safe line: line breaks become spaces, then as <see cref="Safe"/>.</summary>
    public static string SafeLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every line break (CR, LF, FF, NEL, U+2028, U+2029) is itself unsafe, so text with no
        // unsafe character has none to replace either.
        return UnsafeStops.IndexOfAny(text) < 0 ? text : Safe(text.ReplaceLineEndings(" "));
    }

    private static readonly Func<char, bool> Unsafe = IsUnsafe;

    private static readonly Func<char, bool> UnsafeOrFormat = c => IsUnsafe(c) || SafeText.IsFormat(c);

    // What SafeText.Clean stops at: a character to escape, or any surrogate (a lone one is escaped, a pair kept).
    private static readonly CharSet UnsafeStops = new(c => char.IsSurrogate(c) || Unsafe(c));

    private static readonly CharSet UnsafeOrFormatStops = new(c => char.IsSurrogate(c) || UnsafeOrFormat(c));

    /// <summary>An error message as one safe line of at most <see cref="MaxMessage"/> characters.</summary>
    public static string Paragraph(string message)
    {
        var safe = Safe(message, includeFormat: true);
        return safe.Length <= MaxMessage ? safe : string.Concat(safe.AsSpan(0, MaxMessage), $"… ({safe.Length - MaxMessage:N0} more characters)");
    }

    // Bidirectional overrides are included: they can make text read in a different order than it is stored.
    internal static bool IsUnsafe(char c) =>
        char.IsControl(c) || SafeText.IsSeparator(c) || SafeText.IsBidiControl(c);
}
