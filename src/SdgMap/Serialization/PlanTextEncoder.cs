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
    /// <summary>Plan files: only what JSON requires and invisible characters.</summary>
    public static PlanTextEncoder Instance { get; } = new(escapeMarkup: false);

    /// <summary>Linked data: as <see cref="Instance"/>, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> as <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>.</summary>
    public static PlanTextEncoder Markup { get; } = new(escapeMarkup: true);

    private readonly bool escapeMarkup;

    // Printable ASCII that needs no escape: the property names the writer writes are all of it.
    private readonly SearchValues<byte> plainAscii;

    private PlanTextEncoder(bool escapeMarkup)
    {
        this.escapeMarkup = escapeMarkup;
        plainAscii = SearchValues.Create([.. Enumerable.Range(0x20, 0x5F).Select(b => (byte)b).Where(b => !WillEncode(b))]);
    }

    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is >= 0 and <= char.MaxValue && SpecialCharacters.IsSpecial((char)unicodeScalar, escapeMarkup);

    // Saving a national corpus spends its time here, so the search is vectorised.
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var start = 0;
        while (true)
        {
            var found = SpecialCharacters.IndexOfFirst(span[start..], escapeMarkup);
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

    // The writer checks every property name through this; the framework's version decodes and asks
    // WillEncode one scalar at a time. A plain ASCII run is skipped in one pass first.
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var plain = utf8Text.IndexOfAnyExcept(plainAscii);
        if (plain < 0)
        {
            return -1;
        }

        // Everything before it was ASCII, so it starts a scalar: the general search can go on from there.
        var rest = base.FindFirstCharacterToEncodeUtf8(utf8Text[plain..]);
        return rest < 0 ? -1 : plain + rest;
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
