using System.Text;
using SdgMap.Cli.Resources;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap import &lt;table.csv&gt;</c>: a plan file from the flat table planning offices keep (UTF-8 or Shift_JIS).</summary>
internal static class ImportCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var id = args.Option("--id") ?? throw new UsageException(CliMessages.ImportNeedsId);
        var municipality = args.Option("--municipality") ?? throw new UsageException(CliMessages.ImportNeedsMunicipality);
        var header = new PlanCsv.PlanHeader
        {
            Id = id,
            Municipality = new Municipality { Name = municipality, NameEn = args.Option("--municipality-en"), Code = args.Option("--municipality-code") },
            Title = args.Option("--title") ?? municipality,
        };
        var encoding = ParseEncoding(args.Option("--encoding"));
        args.EnsureAllRead();
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(CliMessages.ImportOneFile);
        }

        output.Write(PlanJson.Serialize(PlanCsv.Load(args.Positionals[0], header, encoding: encoding)));
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
