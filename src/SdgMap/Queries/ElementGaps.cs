using System.Runtime.InteropServices;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Queries;

/// <summary>
/// The gaps that name one element: no SDG link, lost marks, a missing required tag, an incomplete
/// or unresolved KPI. Each is one pass over the plan's contributors that reads the packed index and
/// adds a <see cref="Gap"/> holding references only (plan id, code, element); sentences of the
/// element-link kinds are composed when read (<see cref="GapMessages"/>), since a national corpus
/// lists ~300,000 of them.
/// </summary>
internal static class ElementGaps
{
    /// <summary>
    /// Appends to <paramref name="rows"/>, for one plan and in plan order, the plan-without-links gap
    /// and then per checked element its no-link or marks-lost gap and its missing-tag gaps, each only
    /// if its kind is asked for. The checked elements are those at <see cref="GapOptions.Level"/>, or
    /// else at every depth where some contributor declares a link or had its marks lost.
    /// </summary>
    /// <remarks>
    /// The rows are positions, not gaps yet: the query walks each plan once, counts every family's
    /// rows, makes its list at the final size and only then turns these rows into gaps (<see cref="Add"/>).
    /// </remarks>
    public static void MissingLinks(PlanIndex index, List<int>? elements, GapOptions options, IReadOnlySet<GapKind> kinds, List<Row> rows)
    {
        var plan = index.Plan;
        if (options.Level is null && kinds.Contains(GapKind.PlanWithoutSdgLinks) && !AnyMarks(index.Marks))
        {
            rows.Add(new Row(PlanItself, GapKind.PlanWithoutSdgLinks, NoTaxonomy));
        }

        var noLink = kinds.Contains(GapKind.NoSdgLink);
        var lost = kinds.Contains(GapKind.SdgMarksLost);
        var tags = kinds.Contains(GapKind.MissingTag) ? options.RequiredTaxonomies : [];
        if (!noLink && !lost && tags.Count == 0)
        {
            return;
        }

        // Depths run from 1 to the plan's level count (0: a level the plan does not list, never checked).
        // Both walks read the packed depths and marks as spans, not the element records: a national
        // corpus has ~960,000 elements, and visiting each record and its link list was most of the query.
        ReadOnlySpan<int> depths = index.Depths;
        ReadOnlySpan<ElementMarks> marks = index.Marks;
        ReadOnlySpan<int> contributors = elements is null ? default : CollectionsMarshal.AsSpan(elements);
        var every = elements is null;
        var n = every ? marks.Length : contributors.Length;
        var levels = plan.Levels.Count;
        Span<bool> checkedDepth = levels < 64 ? stackalloc bool[levels + 1] : new bool[levels + 1];
        if (options.Level is { } level)
        {
            checkedDepth[ScopeWalk.ResolveDepth(index, level)] = true;
        }
        else
        {
            for (var k = 0; k < n; k++)
            {
                var i = every ? k : contributors[k];
                if (marks[i] != 0)
                {
                    checkedDepth[depths[i]] = true;
                }
            }
        }

        checkedDepth[0] = false;
        var tagCount = tags.Count;
        for (var k = 0; k < n; k++)
        {
            var i = every ? k : contributors[k];
            if (!checkedDepth[depths[i]])
            {
                continue;
            }

            var mark = marks[i];
            if ((mark & ElementMarks.Linked) == 0 && ((mark & ElementMarks.Lost) != 0 ? lost : noLink))
            {
                rows.Add(new Row(i, (mark & ElementMarks.Lost) != 0 ? GapKind.SdgMarksLost : GapKind.NoSdgLink, NoTaxonomy));
            }

            // By index: a foreach over the list interface made an enumerator per checked element.
            for (var t = 0; t < tagCount; t++)
            {
                if (!Carries(index.Terms[i], tags[t]))
                {
                    rows.Add(new Row(i, GapKind.MissingTag, t));
                }
            }
        }
    }

    /// <summary>The position of the plan-without-links row, which is about the plan.</summary>
    public const int PlanItself = -1;

    /// <summary>The taxonomy of a row that is not a missing tag.</summary>
    public const int NoTaxonomy = -1;

    /// <summary>One row <see cref="MissingLinks"/> found: element <paramref name="Position"/> of the plan (or <see cref="PlanItself"/>), its kind, and for a missing tag the taxonomy's position in <see cref="GapOptions.RequiredTaxonomies"/>.</summary>
    public readonly record struct Row(int Position, GapKind Kind, int Taxonomy);

    /// <summary>Adds each of one plan's rows as a <see cref="Gap"/> holding references only; the element kinds' sentences are composed when read.</summary>
    public static void Add(List<Gap> gaps, PlanIndex index, ReadOnlySpan<Row> rows, IReadOnlyList<string> taxonomies)
    {
        var plan = index.Plan;
        foreach (var row in rows)
        {
            var i = row.Position;
            gaps.Add(i == PlanItself
                ? new Gap
                {
                    Plan = plan.Id,
                    Kind = row.Kind,
                    Subject = plan.Id,
                    Message = Localized.Format(Messages.GapPlanWithoutSdgLinks, plan.Title),
                }
                : new Gap
                {
                    Plan = plan.Id,
                    Kind = row.Kind,
                    Subject = index.Codes[i],
                    Element = new ElementRef(index, i),
                    Taxonomy = row.Taxonomy == NoTaxonomy ? null : taxonomies[row.Taxonomy],
                });
        }
    }

    /// <summary>
    /// Adds, for one plan, its incomplete KPIs in plan order and then its 【再掲】 KPIs whose original
    /// cannot be found, each only if its kind is asked for.
    /// </summary>
    public static void Kpis(List<Gap> gaps, PlanIndex index, List<int>? elements, IReadOnlySet<GapKind> kinds)
    {
        var plan = index.Plan;
        var all = plan.Elements;
        var n = ScopeWalk.CountOf(elements, index);
        if (kinds.Contains(GapKind.KpiIncomplete))
        {
            for (var k = 0; k < n; k++)
            {
                var i = ScopeWalk.At(elements, k);
                var listed = all[i].Kpis;
                for (var x = 0; x < listed.Count; x++)
                {
                    var kpi = listed[x];
                    if (!kpi.IsRepost && KpiChecks.MissingParts(kpi) is { Count: > 0 } missing)
                    {
                        gaps.Add(new Gap { Plan = plan.Id, Kind = GapKind.KpiIncomplete, Subject = kpi.Id, Element = new ElementRef(index, i), Message = Localized.Format(Messages.GapKpiIncomplete, kpi.Name, index.Codes[i], string.Join(Messages.ListSeparator, missing)) });
                    }
                }
            }
        }

        if (!kinds.Contains(GapKind.RepostUnresolved))
        {
            return;
        }

        // Most plans repost nothing; the id set is only needed to check reposts.
        HashSet<string>? ids = null;
        for (var k = 0; k < n; k++)
        {
            var i = ScopeWalk.At(elements, k);
            var listed = all[i].Kpis;
            for (var x = 0; x < listed.Count; x++)
            {
                var kpi = listed[x];
                if ((kpi.IsRepost || kpi.RepostOf is not null)
                    && KpiChecks.RepostProblem(kpi, ids ??= all.SelectMany(e => e.Kpis).Select(other => other.Id).ToHashSet(StringComparer.Ordinal)) is { } problem)
                {
                    gaps.Add(new Gap { Plan = plan.Id, Kind = GapKind.RepostUnresolved, Subject = kpi.Id, Element = new ElementRef(index, i), Message = Localized.Format(Messages.GapRepostUnresolved, kpi.Name, index.Codes[i], problem) });
                }
            }
        }
    }

    /// <summary>Whether any element's source declares SDG links or had marks that were lost: what makes a level one to check (<see cref="ElementMarks"/>).</summary>
    private static bool AnyMarks(ElementMarks[] marks) => marks.AsSpan().IndexOfAnyExcept((ElementMarks)0) >= 0;

    private static bool Carries(ArraySegment<TermNode> terms, string taxonomy)
    {
        foreach (var term in terms)
        {
            if (term.Taxonomy == taxonomy)
            {
                return true;
            }
        }

        return false;
    }
}
