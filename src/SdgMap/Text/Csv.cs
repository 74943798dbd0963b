using System.Text;

namespace SdgMap.Text;

/// <summary>RFC 4180 reading: quoted fields with commas, doubled quotes and line breaks; CRLF or LF.</summary>
internal static class Csv
{
    /// <summary>Splits <paramref name="text"/> into records; a leading BOM is ignored, a trailing line break ends the last record.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static List<string[]> Parse(string text) => Parse(text, null);

    /// <summary>Splits <paramref name="text"/> into records and adds the 1-based line each record starts on to <paramref name="lines"/>.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static List<string[]> Parse(string text, List<int>? lines)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var record = 1;
        var line = 1;
        var recordLine = 1;
        var atFieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i = ReadQuoted(text, i + 1, field, record, recordLine, ref line);
                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new CsvFormatException("text after a closing quote.", record, line);
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
                    lines?.Add(recordLine);
                    fields.Clear();
                    atFieldStart = true;
                    record++;
                    line++;
                    recordLine = line;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                case '"':
                    throw new CsvFormatException("a quote inside an unquoted field.", record, line);
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
            lines?.Add(recordLine);
        }

        return records;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, int record, int recordLine, ref int line)
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

            // A line break inside quotes belongs to the field but still starts a new line of the file.
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }

            field.Append(c);
            i++;
        }

        throw new CsvFormatException("a quoted field is not closed.", record, recordLine);
    }
}

/// <summary>Text that is not RFC 4180 CSV: says what is wrong, in which record and on which line.</summary>
internal sealed class CsvFormatException(string problem, int record, int line)
    : FormatException($"CSV record {record} (line {line}): {problem}")
{
    /// <summary>What is wrong, without the location.</summary>
    public string Problem => problem;

    /// <summary>The 1-based record (row) the problem is in.</summary>
    public int Record => record;

    /// <summary>The 1-based line of the file the problem is on.</summary>
    public int Line => line;
}
