using SdgMap.Collections;
using SdgMap.Model;

namespace SdgMap.Validation;

/// <summary>One finding of <see cref="PlanValidator"/>: which rule, where, and what is wrong.</summary>
public sealed record PlanDiagnostic
{
    /// <summary>The rule's id (<c>SDG002</c>).</summary>
    public required string Rule { get; init; }

    /// <summary>The finding's severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The plan's id.</summary>
    public required string Plan { get; init; }

    /// <summary>The element's id, when the finding concerns one element.</summary>
    public string? Element { get; init; }

    /// <summary>The element's normalised code, where it prints one.</summary>
    public string? Code { get; init; }

    /// <summary>The plan file, when the plan came from one.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line in the file, where known.</summary>
    public int? Line { get; init; }

    /// <summary>What is wrong, in one sentence that names the element.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Changes proposed to resolve the finding, best first (the top suggested SDG links of an
    /// element that carries none); empty when nothing is proposed. See <see cref="DiagnosticFix"/>.
    /// </summary>
    public IReadOnlyList<DiagnosticFix> Fixes { get; init => field = ValueList.From(value); } = ValueList.Empty<DiagnosticFix>();

    /// <summary><c>file:line: severity RULE: message</c>, as compilers print findings (fixes are not part of it).</summary>
    public override string ToString()
    {
        var where = File is null ? Plan : Line is null ? File : $"{File}:{Line}";
        return $"{where}: {Severity.ToString().ToLowerInvariant()} {Rule}: {Message}";
    }
}
