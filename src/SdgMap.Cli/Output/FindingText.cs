using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>Findings as text, one line each as compilers print them, with each suggested fix indented on a line below.</summary>
internal static class FindingText
{
    public static void Write(IEnumerable<PlanDiagnostic> findings, TextWriter output)
    {
        foreach (var finding in findings)
        {
            output.Write(TerminalText.Safe(finding.ToString()));
            output.Write('\n');
            foreach (var fix in finding.Fixes)
            {
                output.Write("  ");
                output.Write(TerminalText.Safe(fix.ToString()));
                output.Write('\n');
            }
        }
    }
}
