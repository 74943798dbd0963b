using System.Text;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap import &lt;table.csv|table.xlsx&gt;</c>: a plan file from the flat table planning offices keep (CSV in UTF-8 or Shift_JIS, or a workbook's sheet).</summary>
internal static class ImportCommand
{
    public static int Run(Arguments args, TextWriter output, TextWriter stderr)
    {
        var id = args.Option("--id") ?? throw new UsageException(CliMessages.ImportNeedsId);
        var municipality = args.Option("--municipality") ?? throw new UsageException(CliMessages.ImportNeedsMunicipality);
        var header = new PlanCsv.PlanHeader
        {
            Id = id,
            Municipality = new Municipality { Name = municipality, NameEn = args.Option("--municipality-en"), Code = args.Option("--municipality-code") },
            Title = args.Option("--title") ?? municipality,
        };
        var encodingName = args.Option("--encoding");
        var encoding = ParseEncoding(encodingName);
        var sheet = args.Option("--sheet");
        args.EnsureAllRead();
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(CliMessages.ImportOneFile);
        }

        var path = args.Positionals[0];
        var workbook = PlanWorkbook.IsWorkbookPath(path);
        if (workbook ? encodingName is not null : sheet is not null)
        {
            throw new UsageException(workbook ? "--encoding is for CSV tables; a workbook says its own encoding." : "--sheet is for workbooks (.xlsx); a CSV file has one table.");
        }

        // A workbook by its extension, through the reader seam; any other name (a pipe, table.txt) is read as CSV.
        var plan = workbook
            ? PlanWorkbook.Readers.Read(path, new PlanReadContext { Header = header, Sheet = sheet }).Plan
            : PlanCsv.Load(path, header, encoding: encoding);
        if (plan.Source?.Table?.Columns.Where(c => c.Field is null).Select(c => c.Header).ToList() is { Count: > 0 } extra)
        {
            stderr.WriteLine($"sdgmap: info: {string.Join(", ", extra)} {(extra.Count == 1 ? "is not an SdgMap column; its cells are" : "are not SdgMap columns; their cells are")} kept as sections of each element, and export writes them back.");
        }

        output.Write(PlanJson.Serialize(plan));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is one of the names people type for Shift_JIS as Windows and
    /// Excel write it (code page 932, which .NET reads as <c>shift_jis</c>): <c>cp932</c>,
    /// <c>ms932</c>, <c>windows-31j</c>, <c>sjis</c>, <c>shift-jis</c> …, ignoring case, hyphens,
    /// underscores and spaces.
    /// </summary>
    internal static bool IsShiftJisName(string name) =>
        name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            is "SHIFTJIS" or "SJIS" or "XSJIS" or "CSSHIFTJIS" or "CP932" or "MS932" or "WINDOWS932" or "WINDOWS31J" or "CSWINDOWS31J" or "MSKANJI";

    /// <summary>The declared encoding (<c>utf-8</c>, <c>shift_jis</c>, <c>utf-16</c> …), or null to detect it.</summary>
    private static Encoding? ParseEncoding(string? name)
    {
        if (name is null)
        {
            return null;
        }

        name = IsShiftJisName(name) ? "shift_jis" : name;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // .NET knows UTF-7 by name but refuses to make it (it is obsolete and unsafe): say so, not crash.
            throw new UsageException(Localized.Format(CliMessages.EncodingUnknown, name));
        }

        return encoding.CodePage == 65000
            ? throw new UsageException(Localized.Format(CliMessages.EncodingUtf7, name))
            : encoding;
    }
}
