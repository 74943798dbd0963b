using System.Security.Cryptography;
using System.Text;
using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>
/// Stable identities of findings, written to SARIF as <c>partialFingerprints</c> and to JSON as
/// <c>fingerprint</c>, so that code scanning and <c>validate --baseline</c> recognise a finding
/// across commits: moving an element to another line keeps its fingerprint; renaming the file,
/// the plan or the element, or the finding's rule, gives a new one.
/// </summary>
/// <remarks>
/// A fingerprint is the first 128 bits of SHA-256 over the rule id, the file's path relative to
/// <c>%SRCROOT%</c>, the plan id and the element id (the line and the message are left out),
/// in hex, then <c>:</c> and the finding's ordinal among findings of the same identity in
/// output order (<c>:1</c>, <c>:2</c> … — one element can have several incomplete KPIs).
/// Matching fingerprints therefore counts findings: two old ones and three now is one new.
/// </remarks>
internal static class Fingerprints
{
    /// <summary>The key under <c>partialFingerprints</c>; a new way of computing them gets a new version.</summary>
    public const string Key = "sdgmapFinding/v1";

    /// <summary>The fingerprint of each finding, in the same order.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<PlanDiagnostic> findings, SourceRoot root)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return Of(findings.Select(f => (f.Rule, f.File is null ? null : root.Identity(f.File), f.Plan, f.Element)).ToList());
    }

    /// <summary>The fingerprints of findings given by rule, file identity (<see cref="SourceRoot.Identity"/>), plan and element.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<(string Rule, string? File, string Plan, string? Element)> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var (rule, file, plan, element) = findings[i];
            // Each field is prefixed with its length, so no two different tuples hash the same text
            // (ids are kept as read and may hold any character).
            var identity = string.Concat(new[] { rule, file ?? string.Empty, plan, element ?? string.Empty }.Select(f => $"{f.Length}:{f}"));
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
            seen[hash] = seen.GetValueOrDefault(hash) + 1;
            result[i] = $"{hash}:{seen[hash]}";
        }

        return result;
    }
}
