using SdgMap.Model;

namespace SdgMap.Graph;

/// <summary>
/// The one rule for finding an element by id: when ids repeat, the first element in plan order
/// holds the id. The graph resolves parents and references by it, and the validator reports
/// the later ones against it, so what a finding calls "the element with this id" is the one
/// every query uses.
/// </summary>
internal static class ElementIds
{
    /// <summary>Each id's first element; <paramref name="repeated"/> hears of every later one (its index, the first's index).</summary>
    public static Dictionary<string, int> Index(IReadOnlyList<PlanElement> elements, Action<int, int>? repeated = null)
    {
        var ids = new Dictionary<string, int>(elements.Count, StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            if (!ids.TryAdd(elements[i].Id, i))
            {
                repeated?.Invoke(i, ids[elements[i].Id]);
            }
        }

        return ids;
    }
}
