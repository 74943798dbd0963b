using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>A finding as <c>validate</c> reports it: the diagnostic, its stable fingerprint and, with a baseline, whether it is new.</summary>
internal sealed record ReportedFinding
{
    public required PlanDiagnostic Diagnostic { get; init; }

    /// <summary>See <see cref="Fingerprints"/>.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>With <c>--baseline</c>: true for a finding the baseline does not hold; null without a baseline.</summary>
    public bool? IsNew { get; init; }

    /// <summary>The findings with their fingerprints, in the same order.</summary>
    public static IReadOnlyList<ReportedFinding> Of(IReadOnlyList<PlanDiagnostic> findings, SourceRoot root)
    {
        var fingerprints = Fingerprints.Of(findings, root);
        return [.. findings.Select((f, i) => new ReportedFinding { Diagnostic = f, Fingerprint = fingerprints[i] })];
    }
}
