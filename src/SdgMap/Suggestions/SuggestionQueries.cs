using SdgMap.Graph;
using SdgMap.Queries;

namespace SdgMap.Suggestions;

/// <summary>Suggests SDG links and taxonomy terms for a graph's elements from their own text.</summary>
public static class SuggestionQueries
{
    /// <summary>
    /// Suggestions for the elements in <paramref name="scope"/> at <see cref="SuggestOptions.Level"/>:
    /// plans by id, elements in plan order, each element's suggestions best first (then in UN order).
    /// Declared links and rejected suggestions are never suggested. Eager; linear in the text read.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A score or count in <paramref name="options"/> is out of range.</exception>
    public static IReadOnlyList<Suggestion> Suggest(this PlanGraph graph, SuggestOptions? options = null, QueryScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Suggester.Run(graph, options ?? new SuggestOptions(), scope ?? QueryScope.All, cancellationToken);
    }
}
