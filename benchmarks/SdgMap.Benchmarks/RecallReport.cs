using System.Globalization;
using SdgMap.Reuse;

namespace SdgMap.Benchmarks;

/// <summary>Recall of <see cref="NearDuplicateIndex"/> against <see cref="ExactJaccard"/> on a synthetic sample.</summary>
internal static class RecallReport
{
    /// <summary>The similarity bands reported.</summary>
    public static IReadOnlyList<double> Bands { get; } = [0.7, 0.8, 0.9];

    /// <summary>Recall per band, and how many reported pairs were not true pairs (precision is 1 when that is 0).</summary>
    public static (IReadOnlyList<RecallBand> Recall, int FalsePairs) Measure(int count, int seed, NearDuplicateOptions? options = null)
    {
        options ??= new NearDuplicateOptions();
        var texts = SyntheticTexts.Generate(count, seed);
        var found = NearDuplicateIndex.Build(texts, options).Pairs();
        var truth = ExactJaccard.AllPairs(texts, options.Threshold);
        var trueKeys = truth.Select(p => (p.A, p.B)).ToHashSet();
        return (NearDuplicateRecall.Measure(found, truth, Bands), found.Count(p => !trueKeys.Contains((p.A, p.B))));
    }

    /// <summary>One line per band, for a console or a test's output.</summary>
    public static string Describe(IReadOnlyList<RecallBand> recall) =>
        string.Join(Environment.NewLine, recall.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"J ≥ {b.MinSimilarity:0.0}: {b.FoundPairs}/{b.TruePairs} found, recall {b.Recall:0.0000}")));
}
