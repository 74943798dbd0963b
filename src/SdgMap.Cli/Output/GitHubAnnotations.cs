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
    /// A command's message, escaped as GitHub's runner reads it back (<c>%</c>, CR and LF as
    /// <c>%25</c>, <c>%0D</c>, <c>%0A</c>), so text from a plan cannot end the command and start
    /// another on a new line. Other control characters (ESC, which would recolour the log),
    /// bidirectional overrides and lone surrogates are shown as <c>\uXXXX</c> first.
    /// </summary>
    internal static string Data(string text) =>
        TerminalText.Safe(text, keepLineBreaks: true)
            .Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value (<c>file=</c>, <c>title=</c>): as <see cref="Data"/>, and <c>:</c> and <c>,</c>, which end a property, as <c>%3A</c> and <c>%2C</c>.</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
