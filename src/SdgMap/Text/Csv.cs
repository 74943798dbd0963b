using System.Text;
using SdgMap.Resources;

namespace SdgMap.Text;

/// <summary>RFC 4180 reading: quoted fields with commas, doubled quotes and line breaks; CRLF or LF.</summary>
internal static class Csv
{
    private static readonly string[] BlankRecord = [string.Empty];

    /// <summary>Splits <paramref name="text"/> into records; a leading BOM is ignored, a trailing line break ends the last record.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static List<string[]> Parse(string text) => Parse(text, null);

    /// <summary>Splits <paramref name="text"/> into records and adds the 1-based line each record starts on to <paramref name="lines"/>.</summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or a quote stands inside an unquoted field.</exception>
    public static List<string[]> Parse(string text, List<int>? lines)
    {
        var records = new List<string[]>();
        foreach (var record in Records(text, _ => int.MaxValue, int.MaxValue))
        {
            records.Add(record.Fields);
            lines?.Add(record.Line);
        }

        return records;
    }

    /// <summary>
    /// The records of <paramref name="text"/>, one at a time, so that a caller's limits apply while
    /// reading rather than after the whole text is split (64 MiB of line breaks made 67 million
    /// records before a row limit could refuse them). A record keeps at most
    /// <paramref name="maxFields"/>(record number) fields; the rest are counted
    /// (<see cref="CsvRecord.FieldCount"/>) but not kept. A field longer than
    /// <paramref name="maxFieldChars"/> characters stops reading with <see cref="CsvFieldTooLongException"/>.
    /// </summary>
    /// <exception cref="CsvFormatException">A quoted field is not closed, or a quote stands inside an unquoted field, or a field is too long.</exception>
    public static IEnumerable<CsvRecord> Records(string text, Func<int, int> maxFields, int maxFieldChars)
    {
        var fields = new List<string>();
        var fieldCount = 0;
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var record = 1;
        var line = 1;
        var recordLine = 1;
        var atFieldStart = true;
        var keep = maxFields(record);
        void EndField()
        {
            if (fieldCount++ < keep)
            {
                fields.Add(field.ToString());
            }

            field.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i = ReadQuoted(text, i + 1, field, record, recordLine, maxFieldChars, ref line);
                atFieldStart = false;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new CsvFormatException(Messages.CsvTextAfterQuote, record, line);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    EndField();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' or '\n':
                    EndField();

                    // A blank line is one empty field: share its array, so that millions of them allocate nothing.
                    yield return new CsvRecord(fieldCount == 1 && fields[0].Length == 0 ? BlankRecord : [.. fields], record, recordLine, fieldCount);
                    fields.Clear();
                    fieldCount = 0;
                    atFieldStart = true;
                    record++;
                    keep = maxFields(record);
                    line++;
                    recordLine = line;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    break;
                case '"':
                    throw new CsvFormatException(Messages.CsvQuoteInUnquoted, record, line);
                default:
                    if (field.Length >= maxFieldChars)
                    {
                        throw new CsvFieldTooLongException(record, recordLine);
                    }

                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (!atFieldStart || fieldCount > 0 || field.Length > 0)
        {
            EndField();
            yield return new CsvRecord([.. fields], record, recordLine, fieldCount);
        }
    }

    private static int ReadQuoted(string text, int i, StringBuilder field, int record, int recordLine, int maxFieldChars, ref int line)
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

            if (field.Length >= maxFieldChars)
            {
                throw new CsvFieldTooLongException(record, recordLine);
            }

            field.Append(c);
            i++;
        }

        throw new CsvFormatException(Messages.CsvQuoteNotClosed, record, recordLine);
    }
}

/// <summary>One record: the fields kept, its 1-based number, the line it starts on, and how many fields it has in all.</summary>
internal readonly record struct CsvRecord(string[] Fields, int Number, int Line, int FieldCount);

/// <summary>Text that is not RFC 4180 CSV: says what is wrong, in which record and on which line.</summary>
internal class CsvFormatException(string problem, int record, int line)
    : FormatException(Localized.Format(Messages.CsvRecordAt, record, line, problem))
{
    /// <summary>What is wrong, without the location.</summary>
    public string Problem => problem;

    /// <summary>The 1-based record (row) the problem is in.</summary>
    public int Record => record;

    /// <summary>The 1-based line of the file the problem is on.</summary>
    public int Line => line;
}

/// <summary>A field longer than the reader was told to keep; reading stopped there.</summary>
internal sealed class CsvFieldTooLongException(int record, int line)
    : CsvFormatException(Messages.CsvFieldTooLong, record, line);
