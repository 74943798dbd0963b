namespace SdgMap.Cli.Output;

/// <summary>How a command prints its rows.</summary>
internal enum OutputFormat
{
    Table,
    Json,
    Csv,
}
