using SdgMap.Model;
using SdgMap.Queries;

namespace SdgMap.Benchmarks.Corpus;

/// <summary>The texts textual reuse compares for a corpus' elements: each element's title and description.</summary>
public static class ElementTexts
{
    /// <summary>One text per element, in plan then element order.</summary>
    public static string[] Of(IEnumerable<Plan> plans) =>
        [.. plans.SelectMany(p => p.Elements).Select(e => ReuseQueries.TextOf(e, includeDescriptions: true))];
}
