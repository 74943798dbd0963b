using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>A row of <c>validate --format json|csv</c>: the finding, its fingerprint and, with <c>--baseline</c>, whether it is new.</summary>
internal sealed record FindingRow(
    string Rule,
    Severity Severity,
    string Plan,
    string? Element,
    string? Code,
    string? File,
    int? Line,
    string Message,
    IReadOnlyList<DiagnosticFix> Fixes,
    string Fingerprint,
    string? BaselineState)
{
    public static FindingRow Of(ReportedFinding reported)
    {
        var d = reported.Diagnostic;
        return new(d.Rule, d.Severity, d.Plan, d.Element, d.Code, d.File, d.Line, d.Message, d.Fixes, reported.Fingerprint,
            reported.IsNew switch { true => "new", false => "unchanged", null => null });
    }
}
