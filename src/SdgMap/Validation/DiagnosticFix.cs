using SdgMap.Catalog;
using SdgMap.Collections;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Validation;

/// <summary>
/// A change a tool proposes to resolve a finding, for a reviewer to accept or refuse: for
/// <see cref="ValidationRules.MissingSdgLink"/>, an SDG link a suggester found in the element's
/// text, with the words that made it. A fix is never applied to <c>sdg</c> by validation; a tool
/// that writes it writes it to the element's <c>suggested</c> links.
/// </summary>
/// <remarks>
/// <see cref="PlanValidator"/> itself attaches none: a suggester adds them to the findings it
/// can help with (<c>finding with { Fixes = … }</c>). The command line prints each as
/// <c>suggest: …</c> (<see cref="ToString"/>) under the finding, adds it to the GitHub
/// annotation, and writes it to SARIF as a related location of the result.
/// </remarks>
public sealed record DiagnosticFix
{
    /// <summary>The SDG goal or target to link.</summary>
    public required SdgId Sdg { get; init; }

    /// <summary>What the goal or target stands for, in a few words (<c>防災・減災</c>); null to print the id alone.</summary>
    public string? Label { get; init; }

    /// <summary>The words of the element's text that support the link, as the suggester matched them (<c>避難所</c>, <c>防災</c>).</summary>
    public IReadOnlyList<string> Evidence { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>The 1-based line of the plan file where the evidence stands, where known; the finding's line otherwise.</summary>
    public int? Line { get; init; }

    /// <summary><c>suggest: 11.5 防災・減災 (「避難所」「防災」)</c>: the id, the label and the evidence, each where there is one.</summary>
    public override string ToString()
    {
        var label = Label is null ? string.Empty : $" {Label}";
        var evidence = Evidence.Count == 0 ? string.Empty : $" ({string.Concat(Evidence.Select(e => $"「{e}」"))})";
        return Localized.Format(Messages.FixSuggest, Sdg, label, evidence);
    }
}
