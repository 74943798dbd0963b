using SdgMap.Model;

namespace SdgMap.Tests.Hostile;

/// <summary>What must become of a hostile input.</summary>
public abstract record Expectation;

/// <summary>
/// The input is refused with a <c>PlanInputException</c> whose message holds every one of
/// <see cref="Words"/>; where given, its line, JSON path (a prefix), table row and element id match.
/// </summary>
public sealed record Refused(params string[] Words) : Expectation
{
    public int? Line { get; init; }

    public string? JsonPath { get; init; }

    public int? Row { get; init; }

    public string? ElementId { get; init; }

    public override string ToString() => $"refused: {string.Join(" + ", Words)}";
}

/// <summary>The input loads, and the validator reports (at least) each of <see cref="Rules"/>.</summary>
public sealed record Reported(params string[] Rules) : Expectation
{
    public override string ToString() => $"loads, validator reports {string.Join(", ", Rules)}";
}

/// <summary>The input loads and <see cref="Check"/> holds of the plan: text is preserved as <see cref="What"/> says.</summary>
public sealed record Loads(string What, Func<Plan, bool> Check) : Expectation
{
    public override string ToString() => $"loads: {What}";
}
