using System.Globalization;
using System.Text.Encodings.Web;

namespace SdgMap.Serialization;

/// <summary>
/// Escapes only what JSON requires (quotes, backslashes, control characters) plus the few
/// characters that are invisible or break JavaScript (lone surrogates, U+2028, U+2029, U+FEFF),
/// so that Japanese text — the ideographic space U+3000 included, which the framework's relaxed
/// encoder still escapes — stays readable in plan files.
/// </summary>
internal sealed class PlanTextEncoder : JavaScriptEncoder
{
    public static PlanTextEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or '"' or '\\' or 0x7F or (>= 0x80 and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF or (>= 0xD800 and <= 0xDFFF);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (WillEncode(c))
            {
                return i;
            }
        }

        return -1;
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
