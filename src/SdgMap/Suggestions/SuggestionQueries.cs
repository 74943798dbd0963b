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
    /// <param name="graph">The plans.</param>
    /// <param name="options">What to suggest and how.</param>
    /// <param name="scope">The plans and elements to suggest for.</param>
    /// <param name="progress">Told the number of plans done (stage <c>suggest</c>), after each plan, from the thread that did it.</param>
    /// <param name="cancellationToken">Stops the work; <see cref="OperationCanceledException"/> is thrown.</param>
    public static IReadOnlyList<Suggestion> Suggest(this PlanGraph graph, SuggestOptions? options = null, QueryScope? scope = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Suggester.Run(graph, options ?? new SuggestOptions(), scope ?? QueryScope.All, cancellationToken, progress);
    }
}
