using System.CommandLine;
using System.Text;
using SdgMap.Cli.Resources;
using SdgMap.Excel;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap import &lt;table.csv&gt;</c>: a plan file from the flat table planning offices keep (UTF-8 or Shift_JIS).</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var table = new Argument<string[]>("table") { Description = CliText.ArgumentImportTable, HelpName = "table.csv", Arity = ArgumentArity.ZeroOrMore };
        var id = new Option<string?>("--id") { Description = CliText.OptionImportId, HelpName = "ID" };
        var municipality = new Option<string?>("--municipality") { Description = CliText.OptionImportMunicipality, HelpName = "NAME" };
        var municipalityEn = new Option<string?>("--municipality-en") { Description = CliText.OptionImportMunicipalityEn, HelpName = "NAME" };
        var municipalityCode = new Option<string?>("--municipality-code") { Description = CliText.OptionImportMunicipalityCode, HelpName = "CODE" };
        var title = new Option<string?>("--title") { Description = CliText.OptionImportTitle, HelpName = "TITLE" };
        var encoding = new Option<string?>("--encoding") { Description = CliText.OptionImportEncoding, HelpName = "NAME" };
        var sheet = new Option<string?>("--sheet") { Description = CliText.OptionImportSheet, HelpName = "NAME" };
        var command = new Command("import", CliText.CommandImport) { table, id, municipality, municipalityEn, municipalityCode, title, encoding, sheet };
        command.SetAction(result =>
        {
            // Checked here rather than as required options, so that the message says what the value is.
            var planId = result.GetValue(id) ?? throw new UsageException(CliText.ImportNeedsId);
            var name = result.GetValue(municipality) ?? throw new UsageException(CliText.ImportNeedsMunicipality);
            var header = new PlanCsv.PlanHeader
            {
                Id = planId,
                Municipality = new Municipality { Name = name, NameEn = result.GetValue(municipalityEn), Code = result.GetValue(municipalityCode) },
                Title = result.GetValue(title) ?? name,
            };
            var encodingName = result.GetValue(encoding);
            var declared = ParseEncoding(encodingName);
            var sheetName = result.GetValue(sheet);
            var files = result.GetValue(table)!;
            if (files.Length != 1)
            {
                throw new UsageException(CliText.ImportNeedsOneTable);
            }

            var path = files[0];
            var workbook = PlanWorkbook.IsWorkbookPath(path);
            if (workbook ? encodingName is not null : sheetName is not null)
            {
                throw new UsageException(workbook ? CliText.ImportEncodingForCsv : CliText.ImportSheetForWorkbooks);
            }

            // A workbook by its extension, through the reader seam; any other name (a pipe, table.txt) is read as CSV.
            var plan = workbook
                ? PlanWorkbook.Readers.Read(path, new PlanReadContext { Header = header, Sheet = sheetName }).Plan
                : PlanCsv.Load(path, header, encoding: declared);
            if (plan.Source?.Table?.Columns.Where(c => c.Field is null).Select(c => c.Header).ToList() is { Count: > 0 } extra)
            {
                context.Error.WriteLine(CliFormat.Format(extra.Count == 1 ? CliText.ImportExtraColumn : CliText.ImportExtraColumns, string.Join(", ", extra)));
            }

            context.Output.Write(PlanJson.Serialize(plan));
            return ExitCodes.Ok;
        });
        return command;
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
            throw new UsageException(CliFormat.Format(CliText.EncodingUnknown, name));
        }

        return encoding.CodePage == 65000
            ? throw new UsageException(CliFormat.Format(CliText.EncodingUtf7, name))
            : encoding;
    }
}
