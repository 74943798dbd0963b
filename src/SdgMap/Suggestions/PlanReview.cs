using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Suggestions;

/// <summary>Turns reviewers' decisions into a new plan: accepted suggestions become declared links, rejected ones are remembered.</summary>
public static class PlanReview
{
    /// <summary>
    /// The plan with <paramref name="decisions"/> applied. An accepted SDG or tag is added to the
    /// element's declared links or tags (once) and recorded in its <see cref="PlanElement.Review"/>;
    /// a rejected one is recorded there, so it is not suggested again. Either way the matching
    /// suggestion leaves <see cref="PlanElement.Suggested"/>. What the source declared is never touched.
    /// </summary>
    /// <exception cref="ArgumentException">A decision names no element of the plan, names neither or both of an SDG and a tag, or two decisions on one link disagree.</exception>
    public static Plan Apply(this Plan plan, IEnumerable<SuggestionDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decisions);
        var byElement = new Dictionary<string, List<SuggestionDecision>>(StringComparer.Ordinal);
        var ids = plan.Elements.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var d in decisions)
        {
            if (!ids.Contains(d.Element))
            {
                throw new ArgumentException(Localized.Format(Messages.DecisionUnknownElement, d.Element, plan.Id), nameof(decisions));
            }

            if ((d.Sdg is null) == (d.Tag is null))
            {
                throw new ArgumentException(Localized.Format(d.Sdg is null ? Messages.DecisionNeither : Messages.DecisionBoth, d.Element), nameof(decisions));
            }

            if (!byElement.TryGetValue(d.Element, out var list))
            {
                byElement.Add(d.Element, list = []);
            }

            if (list.FirstOrDefault(o => o.Sdg == d.Sdg && o.Tag == d.Tag) is { } other)
            {
                if (other.Verdict != d.Verdict)
                {
                    throw new ArgumentException(Localized.Format(Messages.DecisionConflict, d.Element, Label(d)), nameof(decisions));
                }

                continue;
            }

            list.Add(d);
        }

        if (byElement.Count == 0)
        {
            return plan;
        }

        return plan with { Elements = [.. plan.Elements.Select(e => byElement.TryGetValue(e.Id, out var mine) ? Decide(e, mine) : e)] };
    }

    private static PlanElement Decide(PlanElement element, List<SuggestionDecision> decisions)
    {
        var sdg = element.Sdg.ToList();
        var tags = element.Tags.ToList();
        var review = element.Review ?? new ReviewRecord();
        var accepted = review.Accepted.ToList();
        var rejected = review.Rejected.ToList();
        foreach (var d in decisions)
        {
            var record = new ReviewDecision { Sdg = d.Sdg, Tag = d.Tag, By = d.By, On = d.On, Note = d.Note };
            // A later decision on the same link replaces an earlier one.
            accepted.RemoveAll(r => r.Sdg == d.Sdg && r.Tag == d.Tag);
            rejected.RemoveAll(r => r.Sdg == d.Sdg && r.Tag == d.Tag);
            if (d.Verdict == ReviewVerdict.Accept)
            {
                accepted.Add(record);
                if (d.Sdg is { } id && !sdg.Contains(id))
                {
                    sdg.Add(id);
                }

                if (d.Tag is { } tag && !tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }
            else
            {
                rejected.Add(record);
                // A link a reviewer had accepted before and now rejects leaves the declared links, unless the source declared it.
                if (d.Sdg is { } id && (element.Review?.Accepted.Any(a => a.Sdg == id) ?? false))
                {
                    sdg.Remove(id);
                }

                if (d.Tag is { } tag && (element.Review?.Accepted.Any(a => a.Tag == tag) ?? false))
                {
                    tags.Remove(tag);
                }
            }
        }

        var suggested = element.Suggested is { } s
            ? s with
            {
                Sdg = [.. s.Sdg.Where(x => !decisions.Any(d => d.Sdg == x.Id))],
                Tags = [.. s.Tags.Where(x => !decisions.Any(d => d.Tag == x.Tag))],
            }
            : null;
        return element with
        {
            Sdg = sdg,
            Tags = tags,
            Suggested = suggested is { Sdg.Count: 0, Tags.Count: 0 } ? null : suggested,
            Review = new ReviewRecord { Accepted = accepted, Rejected = rejected },
        };
    }

    private static string Label(SuggestionDecision d) => d.Sdg?.ToString() ?? d.Tag!.Value.ToString();
}
