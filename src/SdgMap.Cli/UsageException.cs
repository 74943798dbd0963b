namespace SdgMap.Cli;

/// <summary>The command line is wrong; the CLI prints the message and exits with code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
