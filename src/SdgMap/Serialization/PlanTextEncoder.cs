using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;

namespace SdgMap.Serialization;

/// <summary>
/// Escapes only what JSON requires (quotes, backslashes, control characters) plus the few
/// characters that are invisible or break JavaScript (U+2028, U+2029, U+FEFF; a lone surrogate,
/// which is not text, is written as U+FFFD by the framework before the encoder sees it),
/// so that Japanese text — the ideographic space U+3000 included, which the framework's relaxed
/// encoder still escapes — stays readable in plan files. <see cref="Markup"/> also escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, for JSON that may be pasted into HTML (JSON-LD in a
/// <c>&lt;script&gt;</c> element), and nothing else more.
/// </summary>
internal sealed class PlanTextEncoder : JavaScriptEncoder
{
    // Declared before the instances: static fields initialise in order, and the constructor reads it.
    private static readonly char[] JsonSpecial =
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\', .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u2028', '\u2029', '\uFEFF', .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)];

    /// <summary>Plan files: only what JSON requires and invisible characters.</summary>
    public static PlanTextEncoder Instance { get; } = new(escapeMarkup: false);

    /// <summary>Linked data: as <see cref="Instance"/>, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> as <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>.</summary>
    public static PlanTextEncoder Markup { get; } = new(escapeMarkup: true);

    private readonly bool escapeMarkup;

    // Everything WillEncode answers yes to, surrogates included (a valid pair is skipped after the search).
    private readonly SearchValues<char> special;

    private PlanTextEncoder(bool escapeMarkup)
    {
        this.escapeMarkup = escapeMarkup;
        special = SearchValues.Create(escapeMarkup ? [.. JsonSpecial, '<', '>', '&'] : JsonSpecial);
    }

    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or '"' or '\\' or 0x7F or (>= 0x80 and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF or (>= 0xD800 and <= 0xDFFF)
        || (escapeMarkup && unicodeScalar is '<' or '>' or '&');

    // Saving a national corpus spends its time here, so the search is vectorised.
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var start = 0;
        while (true)
        {
            var found = span[start..].IndexOfAny(special);
            if (found < 0)
            {
                return -1;
            }

            var i = start + found;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                start = i + 2;
                continue;
            }

            return i;
        }
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ when !WillEncode(unicodeScalar) => char.ConvertFromUtf32(unicodeScalar),
            _ => "\\u" + unicodeScalar.ToString("X4", CultureInfo.InvariantCulture),
        };
        if (escaped.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        for (var i = 0; i < escaped.Length; i++)
        {
            buffer[i] = escaped[i];
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
