using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// Finds a <c>null</c> list item in a plan just read (<c>"elements": [ null ]</c>,
/// <c>"notes": [ "a", null ]</c>): System.Text.Json checks the nullability of properties but not
/// of list items, and the model promises its lists hold no null.
/// </summary>
internal static class NullItems
{
    /// <summary>The JSON path of the first null list item, and the id of the element it stands in (if any); null when there is none.</summary>
    public static (string Path, string? ElementId)? Find(Plan plan)
    {
        if ((Items(plan.Levels, "$.levels", (l, p) => Items(l.AlsoCalled, p + ".alsoCalled"))
            ?? Items(plan.Taxonomies, "$.taxonomies", Taxonomy)
            ?? Items(plan.Lost, "$.lost")
            ?? Items(plan.Notes, "$.notes")) is { } found)
        {
            return (found, null);
        }

        for (var i = 0; i < plan.Elements.Count; i++)
        {
            var element = plan.Elements[i];
            var at = $"$.elements[{i}]";
            if (element is null)
            {
                return (at, null);
            }

            if (Element(element, at) is { } inElement)
            {
                return (inElement, element.Id);
            }
        }

        return null;
    }

    private static string? Taxonomy(Taxonomy taxonomy, string path) =>
        Items(taxonomy.Terms, path + ".terms", (t, p) => Items(t.Members, p + ".members"));

    private static string? Element(PlanElement e, string path) =>
        Items(e.Sections, path + ".sections")
        ?? Items(e.References, path + ".references")
        ?? Items(e.Kpis, path + ".kpis", (k, p) => Items(k.Notes, p + ".notes"))
        ?? Items(e.RelatedPlans, path + ".relatedPlans")
        ?? Items(e.Variants, path + ".variants")
        ?? Items(e.Notes, path + ".notes")
        ?? (e.Suggested is { } s ? Items(s.Sdg, path + ".suggested.sdg") ?? Items(s.Tags, path + ".suggested.tags") : null);

    private static string? Items<T>(IReadOnlyList<T> items, string path, Func<T, string, string?>? inner = null)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return $"{path}[{i}]";
            }

            if (inner?.Invoke(items[i], $"{path}[{i}]") is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
