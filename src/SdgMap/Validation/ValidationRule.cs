namespace SdgMap.Validation;

/// <summary>A check <see cref="PlanValidator"/> runs, with its id and default severity.</summary>
public sealed record ValidationRule
{
    /// <summary>The rule's stable id (<c>SDG001</c>).</summary>
    public required string Id { get; init; }

    /// <summary>A short kebab-case name (<c>duplicate-element-id</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The severity findings get unless configured otherwise.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>What the rule checks.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// How to resolve a finding, in a few sentences of Markdown (property names and values in
    /// backticks); empty when <see cref="Description"/> says all. SARIF writes it as the rule's help.
    /// </summary>
    public string Help { get; init; } = string.Empty;
}
