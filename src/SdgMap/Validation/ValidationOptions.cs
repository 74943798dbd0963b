namespace SdgMap.Validation;

/// <summary>What <see cref="PlanValidator"/> should check beyond consistency, and how severe each rule is.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: consistency only, default severities.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// A level name or depth (<c>"施策"</c>, <c>"2"</c>) at which every element must carry an SDG
    /// link (rule SDG018); <see langword="null"/> to skip that check. A plan without a level of
    /// that name is checked at nothing, but a level no plan validated together has (a typo) makes
    /// <see cref="PlanValidator.Validate(IEnumerable{Model.PlanDocument}, ValidationOptions)"/> throw <see cref="ArgumentException"/>.
    /// </summary>
    public string? RequireSdgAt { get; init; }

    /// <summary>Severities that replace a rule's default, by rule id or name; <see langword="null"/> turns a rule off. An unknown rule, or one rule given different severities by id and by name, makes validation throw <see cref="ArgumentException"/>.</summary>
    public IReadOnlyDictionary<string, Severity?> Severities { get; init; } = new Dictionary<string, Severity?>();
}
