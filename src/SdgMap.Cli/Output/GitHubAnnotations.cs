using SdgMap.Validation;

namespace SdgMap.Cli.Output;

/// <summary>Writes validation findings as GitHub Actions workflow commands, which show as annotations on the changed lines.</summary>
internal static class GitHubAnnotations
{
    public static void Write(IReadOnlyList<PlanDiagnostic> findings, TextWriter output)
    {
        foreach (var finding in findings)
        {
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var properties = new List<string>();
            if (finding.File is not null)
            {
                properties.Add($"file={Property(finding.File)}");
            }

            if (finding.Line is { } line)
            {
                properties.Add($"line={line}");
            }

            properties.Add($"title={Property($"{finding.Rule} {finding.Plan}")}");
            // Suggested fixes follow the message on lines of their own (an annotation shows line breaks).
            var message = string.Join('\n', finding.Fixes.Select(f => f.ToString()).Prepend(finding.Message));
            output.Write($"::{command} {string.Join(',', properties)}::{Data(message)}\n");
        }
    }

    /// <summary>
    /// Text as a workflow command's data: <c>%</c>, CR and LF percent-encoded as the runner expects,
    /// and every other control character (ESC, NUL), bidirectional override and invisible format
    /// character written as <c>\uXXXX</c> (through <see cref="TerminalText"/>), so that a title can
    /// neither recolour the log nor reorder what a reviewer reads.
    /// </summary>
    internal static string Data(string text) =>
        TerminalText.Safe(text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal), includeFormat: true);

    /// <summary>A property value (<c>file=</c>, <c>title=</c>): as <see cref="Data"/>, and <c>:</c> and <c>,</c>, which end a property, as <c>%3A</c> and <c>%2C</c>.</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
