using System.Globalization;
using System.Text;

namespace SdgMap.Excel;

/// <summary>What a workbook cell shows, as text: numbers without binary artefacts, dates as ISO dates, escaped characters decoded.</summary>
internal static class CellText
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// A number as Excel shows it in General format: at most 15 significant digits, so that
    /// 0.1 + 0.2 stored as 0.30000000000000004 reads as 0.3 and 2026 as 2026, not 2026.0.
    /// </summary>
    public static string Number(double value)
    {
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>
    /// A serial date as an ISO date (<c>2026-04-01</c>, or with the time when it has one), in the
    /// workbook's 1900 system (with Lotus 1-2-3's 29 February 1900, serial 60) or its 1904 system;
    /// <see langword="null"/> for a serial no date has.
    /// </summary>
    public static string? Date(double serial, bool date1904)
    {
        if (date1904)
        {
            serial += 1462;
        }
        else if (serial < 60)
        {
            // Excel counts 1900 as a leap year; OLE dates, which FromOADate reads, do not.
            serial += 1;
        }

        if (!double.IsFinite(serial) || serial < 1 || serial >= 2958466)
        {
            return null;
        }

        var date = DateTime.FromOADate(serial);
        return date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether a number format shows a date or time: a built-in date format (including the
    /// Japanese era formats 27–36 and 50–58) or a custom code with y, m, d, h, s or g (era) outside
    /// quotes, brackets and escapes.
    /// </summary>
    public static bool IsDateFormat(uint id, string? code)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }

        if (code is null)
        {
            return false;
        }

        var inQuotes = false;
        var inBrackets = false;
        var bare = code.Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < bare.Length; i++)
        {
            var c = bare[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
            }
            else if (inBrackets)
            {
                inBrackets = c != ']';
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == '[')
            {
                inBrackets = true;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's' or 'g')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text as stored, with Excel's <c>_xHHHH_</c> escapes (a carriage return, a control character) decoded.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i) && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text as a cell may store it: characters XML cannot hold (controls, a lone surrogate, a
    /// carriage return, which XML reads as a line feed) as <c>_xHHHH_</c>, and an underscore that
    /// would start such an escape as <c>_x005F_</c>, so <see cref="Decode"/> gives the text back.
    /// </summary>
    public static string Encode(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var escape = (c < 0x20 && c is not ('\t' or '\n')) || c is '\uFFFE' or '\uFFFF' || (char.IsSurrogate(c) && !pair && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                || (c == '_' && IsEscape(text, i));
            if (escape)
            {
                builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsEscape(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && text.AsSpan(i + 2, 4).IndexOfAnyExcept(HexDigits) < 0;
}
