namespace SdgMap.Cli;

/// <summary>The exit codes of <c>sdgmap</c>, as README.md documents them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>validate</c>, no error-level finding.</summary>
    public const int Ok = 0;

    /// <summary><c>validate</c> found at least one error-level finding.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or an input that cannot be read (the message names the file and why).</summary>
    public const int BadInput = 2;
}
