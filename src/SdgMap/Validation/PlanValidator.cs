using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Resources;
using SdgMap.Serialization;
using SdgMap.Text;

namespace SdgMap.Validation;

/// <summary>
/// Checks plans for the mistakes and contradictions a loader lets through, and reports each with
/// its rule, the plan, the element, the file and the line.
/// </summary>
/// <remarks>
/// The rules are listed in <see cref="ValidationRules.All"/>. Validation never changes a plan.
/// It runs in time linear in the plan's size, however long its parent chains.
/// Findings come in a fixed order: by plan, then as the rules walk the plan's elements.
/// </remarks>
public static class PlanValidator
{
    /// <summary>Validates several plans, including that their ids are unique across the set.</summary>
    /// <exception cref="ArgumentException">
    /// <see cref="ValidationOptions.RequireSdgAt"/> names a level no plan of the set has (or a depth
    /// none reaches), or <see cref="ValidationOptions.Severities"/> names an unknown rule or one rule
    /// twice (by id and by name) with different severities: a typo never switches a check off.
    /// </exception>
    public static IReadOnlyList<PlanDiagnostic> Validate(IEnumerable<PlanDocument> documents, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = documents.OrderBy(d => d.Plan.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
        options ??= ValidationOptions.Default;
        CheckOptions(ordered.Select(d => d.Plan).ToList(), options);
        var findings = new List<PlanDiagnostic>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0 && ordered[i].Plan.Id == ordered[i - 1].Plan.Id && SeverityOf(ValidationRules.DuplicatePlanId, options) is { } severity)
            {
                findings.Add(new PlanDiagnostic
                {
                    Rule = ValidationRules.DuplicatePlanId.Id,
                    Severity = severity,
                    Plan = ordered[i].Plan.Id,
                    File = ordered[i].Path,
                    Message = Localized.Format(Messages.DuplicatePlanId, ordered[i].Plan.Id, ordered[i - 1].Path ?? Messages.AnotherPlan),
                });
            }

            findings.AddRange(ValidateChecked(ordered[i], options));
        }

        return findings;
    }

    /// <summary>Validates one plan.</summary>
    /// <exception cref="ArgumentException">
    /// <see cref="ValidationOptions.RequireSdgAt"/> names a level the plan does not have, or
    /// <see cref="ValidationOptions.Severities"/> names an unknown rule or one rule twice with different severities.
    /// </exception>
    public static IReadOnlyList<PlanDiagnostic> Validate(PlanDocument document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        CheckOptions([document.Plan], options);
        return ValidateChecked(document, options);
    }

    /// <summary>
    /// Refuses options a typo would otherwise turn into a check that checks nothing: a required
    /// level none of <paramref name="plans"/> has, a severity for a rule that does not exist, one
    /// rule given two severities (by id and by name).
    /// </summary>
    private static void CheckOptions(IReadOnlyCollection<Plan> plans, ValidationOptions options)
    {
        if (options.RequireSdgAt is { } level)
        {
            KnownNames.CheckLevel(plans, level);
        }

        var byRule = new Dictionary<string, (string Key, Severity? Severity)>(StringComparer.Ordinal);
        foreach (var (key, severity) in options.Severities)
        {
            var rule = ValidationRules.All.FirstOrDefault(r => r.Id == key || r.Name == key)
                ?? throw new ArgumentException(Localized.Format(Messages.NoRule, key, string.Join(", ", ValidationRules.All.Select(r => $"{r.Id} ({r.Name})"))));
            if (byRule.TryGetValue(rule.Id, out var earlier) && earlier.Severity != severity)
            {
                throw new ArgumentException(Localized.Format(Messages.RuleTwoSeverities, rule.Id, earlier.Key, Name(earlier.Severity), key, Name(severity)));
            }

            byRule[rule.Id] = (key, severity);
        }
    }

    private static string Name(Severity? severity) => severity?.ToString().ToLowerInvariant() ?? "off";

    private static List<PlanDiagnostic> ValidateChecked(PlanDocument document, ValidationOptions options)
    {
        var run = new Run(document, options);
        run.CheckTaxonomies();
        run.CheckElements();
        run.CheckTermMembers();
        run.CheckMunicipality();
        return run.Findings;
    }

    private sealed class Run(PlanDocument document, ValidationOptions options)
    {
        private readonly Plan _plan = document.Plan;
        private Dictionary<string, int> _ids = [];
        private readonly TagResolver _tags = new(document.Plan);
        private bool[]? _onCycle;

        public List<PlanDiagnostic> Findings { get; } = [];

        public void CheckTaxonomies()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var taxonomy in _plan.Taxonomies)
            {
                if (BuiltInTaxonomies.All.Any(b => b.Id == taxonomy.Id))
                {
                    Report(ValidationRules.TaxonomyDefinition, null, Localized.Format(Messages.TaxonomyBuiltIn, taxonomy.Id));
                    continue;
                }

                if (!seen.Add(taxonomy.Id))
                {
                    Report(ValidationRules.TaxonomyDefinition, null, Localized.Format(Messages.TaxonomyTwice, taxonomy.Id));
                    continue;
                }

                var terms = new HashSet<string>(StringComparer.Ordinal);
                foreach (var term in taxonomy.Terms)
                {
                    if (!terms.Add(term.Id))
                    {
                        Report(ValidationRules.TaxonomyDefinition, null, Localized.Format(Messages.TermTwice, term.Id, taxonomy.Id));
                    }
                }
            }
        }

        public void CheckElements()
        {
            var elements = _plan.Elements;
            _ids = ElementIds.Index(elements, (i, first) =>
                Report(ValidationRules.DuplicateElementId, i, Localized.Format(Messages.DuplicateElementId, Describe(i), elements[i].Id, document.LineOf(first)?.ToString(CultureInfo.InvariantCulture) ?? "?")));

            var required = RequiredDepth();
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            var kpis = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in elements)
            {
                foreach (var kpi in element.Kpis)
                {
                    kpis.TryAdd(kpi.Id, 0);
                    kpis[kpi.Id]++;
                }
            }

            var kpiIds = kpis.Keys.ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < elements.Count; i++)
            {
                var element = elements[i];
                var depth = _plan.DepthOf(element.Level);
                if (depth == 0)
                {
                    Report(ValidationRules.UnknownLevel, i, Localized.Format(Messages.UnknownLevel, Describe(i), element.Level, string.Join(" / ", _plan.Levels.Select(l => l.Name))));
                }

                CheckParent(i, depth);
                if (element.Title is null && !element.Lost.Contains(LostField.Title))
                {
                    Report(ValidationRules.MissingTitle, i, Localized.Format(Messages.MissingTitle, Describe(i)));
                }

                if (element.NormalizedCode is { Length: > 0 } code && !codes.TryAdd(CodeKey(element, code), i))
                {
                    Report(ValidationRules.DuplicateCode, i, Localized.Format(Messages.DuplicateCode, Describe(i), code, Describe(codes[CodeKey(element, code)])));
                }

                foreach (var variant in element.Variants)
                {
                    if (variant.Title is not null && element.Title is not null && !SameText(variant.Title, element.Title))
                    {
                        var line = variant.Line is null ? string.Empty : Localized.Format(Messages.AtSourceLine, variant.Line);
                        Report(ValidationRules.TitleVariant, i, Localized.Format(Messages.TitleVariant, Describe(i), line, variant.Title));
                    }
                }

                CheckSdg(i, element, depth == required && required > 0);
                CheckTagsAndReferences(i, element);
                CheckKpis(i, element, kpis, kpiIds);
            }
        }

        /// <summary>
        /// A relative code — a bare or bracketed number such as <c>(1)</c>, which plans restart
        /// under every parent — is compared among siblings only; any other code across the plan.
        /// </summary>
        private static string CodeKey(PlanElement element, string code) =>
            IsRelative(code) ? $"{element.Parent}\u0000{code}" : code;

        private static bool IsRelative(string code)
        {
            var inner = code.Length > 2 && code[0] == '(' && code[^1] == ')' ? code[1..^1] : code;
            return inner.Length > 0 && (inner.All(char.IsAsciiDigit) || (inner.Length == 1 && char.GetNumericValue(inner[0]) >= 0));
        }

        public void CheckTermMembers()
        {
            foreach (var taxonomy in _plan.Taxonomies)
            {
                foreach (var term in taxonomy.Terms)
                {
                    foreach (var member in term.Members)
                    {
                        var where = $"{taxonomy.Name} {term.PrintedMark ?? string.Empty}{term.Label}";
                        if (!_ids.TryGetValue(member.Element, out var m))
                        {
                            Report(ValidationRules.UnresolvedReference, null, Localized.Format(Messages.TermListsMissingElement, where, member.Element));
                        }
                        else if (member.PrintedTitle is not null && _plan.Elements[m].Title is { } title && !SameText(member.PrintedTitle, title))
                        {
                            Report(ValidationRules.PrintedTitleMismatch, m, Localized.Format(Messages.TermListsOtherTitle, where, Describe(m), member.PrintedTitle));
                        }
                    }
                }
            }
        }

        public void CheckMunicipality()
        {
            var code = _plan.Municipality.Code;
            if (code is not null && !LocalGovernmentCode.IsValid(code))
            {
                Report(ValidationRules.MunicipalityCode, null, Localized.Format(Messages.MunicipalityCodeInvalid, code, _plan.Municipality.Name));
            }
        }

        private void CheckParent(int i, int depth)
        {
            var parent = _plan.Elements[i].Parent;
            if (parent is null)
            {
                return;
            }

            if (!_ids.TryGetValue(parent, out var p))
            {
                Report(ValidationRules.UnresolvedParent, i, Localized.Format(Messages.UnresolvedParent, Describe(i), parent));
                return;
            }

            var parentDepth = _plan.DepthOf(_plan.Elements[p].Level);
            if (depth > 0 && parentDepth > 0 && parentDepth >= depth)
            {
                Report(ValidationRules.LevelOrder, i, Localized.Format(Messages.LevelOrder, Describe(i), depth, Describe(p), parentDepth));
            }

            _onCycle ??= CycleMembers();
            if (_onCycle[i])
            {
                Report(ValidationRules.ParentCycle, i, Localized.Format(Messages.ParentCycle, Describe(i)));
            }
        }

        /// <summary>
        /// Which elements stand on a loop of parents, found in one pass over all parent chains
        /// (each element is walked once), so a plan of long chains is not walked once per element.
        /// </summary>
        private bool[] CycleMembers()
        {
            var count = _plan.Elements.Count;
            var onCycle = new bool[count];
            var state = new byte[count]; // 0 not seen, 1 on the chain being walked, 2 finished
            var chain = new List<int>();
            for (var start = 0; start < count; start++)
            {
                var current = start;
                while (current >= 0 && state[current] == 0)
                {
                    state[current] = 1;
                    chain.Add(current);
                    current = _plan.Elements[current].Parent is { } parent && _ids.TryGetValue(parent, out var p) ? p : -1;
                }

                if (current >= 0 && state[current] == 1)
                {
                    // The walk came back to an element of its own chain: from there on, the chain is a loop.
                    for (var k = chain.LastIndexOf(current); k < chain.Count; k++)
                    {
                        onCycle[chain[k]] = true;
                    }
                }

                foreach (var walked in chain)
                {
                    state[walked] = 2;
                }

                chain.Clear();
            }

            return onCycle;
        }

        private void CheckSdg(int i, PlanElement element, bool required)
        {
            // Links a reviewer accepted are declared by the reviewer, not the source, so the source's marks may still be lost or none.
            if (element.SdgMarks is SdgMarks.None or SdgMarks.Lost && element.SdgFromSource.ToList() is { Count: > 0 } fromSource)
            {
                Report(ValidationRules.SdgMarksConflict, i, Localized.Format(Messages.SdgMarksConflict, Describe(i), string.Join(' ', fromSource), element.SdgMarks.ToString()!.ToLowerInvariant()));
            }

            foreach (var suggested in element.Suggested?.Sdg ?? [])
            {
                if (element.Sdg.Contains(suggested.Id))
                {
                    Report(ValidationRules.SuggestionDuplicatesLink, i, Localized.Format(Messages.SuggestionAlreadyDeclared, Describe(i), suggested.Id));
                }
                else if (element.Review?.Rejected.Any(r => r.Sdg == suggested.Id) == true)
                {
                    Report(ValidationRules.SuggestionDuplicatesLink, i, Localized.Format(Messages.SuggestionRejected, Describe(i), suggested.Id));
                }
            }

            foreach (var twice in element.Sdg.GroupBy(id => id).Where(g => g.Count() > 1))
            {
                Report(ValidationRules.DuplicateSdgLink, i, Localized.Format(Messages.DuplicateSdgLink, Describe(i), twice.Key, twice.Count()));
            }

            var goals = element.Sdg.Where(id => id.IsGoal).ToHashSet();
            if (goals.Count > 0)
            {
                foreach (var target in element.Sdg.Where(id => id.IsTarget && !goals.Contains(id.GoalId)))
                {
                    Report(ValidationRules.GoalTargetDisagree, i, Localized.Format(Messages.GoalTargetDisagree, Describe(i), target, target.GoalId, string.Join(' ', goals.Order())));
                }
            }

            if (required && element.Sdg.Count == 0)
            {
                var message = element.SdgStatus == SdgMarks.Lost ? Messages.MissingSdgLinkLost : Messages.MissingSdgLinkNone;
                Report(ValidationRules.MissingSdgLink, i, Localized.Format(message, Describe(i)));
            }
        }

        private void CheckTagsAndReferences(int i, PlanElement element)
        {
            foreach (var tag in element.Tags)
            {
                // The graph resolves tags with the same resolver, so what passes here is what queries count.
                _ = _tags.Resolve(tag, out var problem);
                if (problem == TagProblem.UnknownTaxonomy)
                {
                    Report(ValidationRules.UnknownTag, i, Localized.Format(Messages.UnknownTaxonomy, Describe(i), tag, tag.Taxonomy));
                }
                else if (problem == TagProblem.UnknownTerm)
                {
                    Report(ValidationRules.UnknownTag, i, Localized.Format(Messages.UnknownTerm, Describe(i), tag, tag.Term, tag.Taxonomy, string.Join(", ", _tags.TermsOf(tag.Taxonomy))));
                }
            }

            foreach (var reference in element.References)
            {
                if (!_ids.TryGetValue(reference.Element, out var r))
                {
                    Report(ValidationRules.UnresolvedReference, i, Localized.Format(Messages.UnresolvedReference, Describe(i), reference.Element));
                }
                else if (reference.PrintedTitle is not null && _plan.Elements[r].Title is { } title && !SameText(reference.PrintedTitle, title))
                {
                    Report(ValidationRules.PrintedTitleMismatch, i, Localized.Format(Messages.ReferenceOtherTitle, Describe(i), Describe(r), reference.PrintedTitle));
                }
            }
        }

        private void CheckKpis(int i, PlanElement element, Dictionary<string, int> kpiCounts, IReadOnlySet<string> kpiIds)
        {
            foreach (var kpi in element.Kpis)
            {
                if (kpiCounts[kpi.Id] > 1)
                {
                    Report(ValidationRules.DuplicateKpiId, i, Localized.Format(Messages.DuplicateKpiId, Describe(i), kpi.Id, kpiCounts[kpi.Id]));
                    kpiCounts[kpi.Id] = 1;
                }

                var missing = KpiChecks.MissingParts(kpi);
                if (missing.Count > 0 && !kpi.IsRepost)
                {
                    var lost = element.Lost.Contains(LostField.KpiValues) ? Messages.SourceLostKpiValues : string.Empty;
                    Report(ValidationRules.KpiIncomplete, i, Localized.Format(Messages.KpiIncomplete, Describe(i), kpi.Name, string.Join(Messages.ListSeparator, missing), lost));
                }

                if (KpiChecks.RepostProblem(kpi, kpiIds) is { } problem)
                {
                    Report(ValidationRules.RepostUnresolved, i, Localized.Format(Messages.RepostUnresolvedFinding, Describe(i), kpi.Name, problem));
                }
            }
        }

        private int RequiredDepth()
        {
            if (options.RequireSdgAt is not { } level)
            {
                return 0;
            }

            return KnownNames.Depth(_plan, level);
        }

        private string Describe(int i)
        {
            var e = _plan.Elements[i];
            var code = e.Code is null ? e.Id : e.NormalizedCode;
            return e.Title is null ? $"{e.Level} {code}" : $"{e.Level} {code}「{e.Title}」";
        }

        private void Report(ValidationRule rule, int? element, string message)
        {
            if (SeverityOf(rule, options) is not { } severity)
            {
                return;
            }

            var e = element is null ? null : _plan.Elements[element.Value];
            Findings.Add(new PlanDiagnostic
            {
                Rule = rule.Id,
                Severity = severity,
                Plan = _plan.Id,
                Element = e?.Id,
                Code = e?.NormalizedCode,
                File = document.Path,
                Line = element is null ? null : document.LineOf(element.Value),
                Message = message,
            });
        }

        /// <summary>Titles compare after NFKC and without white space: a line break inside a printed title is not a different title.</summary>
        private static bool SameText(string a, string b) => Squash(a) == Squash(b);

        private static string Squash(string s) =>
            string.Concat(Nfkc.Normalize(s).Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>The severity configured for a rule (by id, then by name), its default otherwise; null when turned off.</summary>
    private static Severity? SeverityOf(ValidationRule rule, ValidationOptions options) =>
        options.Severities.TryGetValue(rule.Id, out var configured) || options.Severities.TryGetValue(rule.Name, out configured)
            ? configured
            : rule.DefaultSeverity;
}
