using SdgMap.Cli.Resources;

namespace SdgMap.Cli.Output;

/// <summary>How a command prints its rows.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}

internal static class OutputFormats
{
    public static OutputFormat Parse(string? text) => text switch
    {
        null or "table" or "text" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => throw new UsageException(Localized.Format(CliMessages.FormatValue, text)),
    };
}
