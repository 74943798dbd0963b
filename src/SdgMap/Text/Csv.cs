using System.Text;

namespace SdgMap.Text;

/// <summary>RFC 4180 reading: quoted fields with commas, doubled quotes and line breaks; CRLF or LF.</summary>
internal static class Csv
{
    /// <summary>Splits <paramref name="text"/> into records; a leading BOM is ignored, a trailing line break ends the last record.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var record = 1;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i = ReadQuoted(text, i + 1, field, record);
                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new FormatException($"CSV record {record}: text after a closing quote.");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    atFieldStart = true;
                    record++;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                case '"':
                    throw new FormatException($"CSV record {record}: a quote inside an unquoted field.");
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, int record)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            field.Append(c);
            i++;
        }

        throw new FormatException($"CSV record {record}: a quoted field is not closed.");
    }
}
