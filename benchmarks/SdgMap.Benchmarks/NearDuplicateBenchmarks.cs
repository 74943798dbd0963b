using BenchmarkDotNet.Attributes;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Reuse;

namespace SdgMap.Benchmarks;

/// <summary>
/// Near-duplicate search over the element texts (title and description) of 1, 100 and 1,741 synthetic
/// plans: building the index and reading every similar pair. The pair list is a lazy view, so it is
/// enumerated to the end.
/// </summary>
[MemoryDiagnoser]
public class NearDuplicateBenchmarks
{
    private string[] _texts = [];

    /// <summary>How many synthetic plans the texts come from.</summary>
    [Params(1, 100, 1741)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup() => _texts = ElementTexts.Of(SyntheticCorpus.Generate(Plans).Plans);

    [Benchmark(Description = "NearDuplicateIndex.Build + Pairs")]
    public double BuildAndPairs() => NearDuplicateIndex.Build(_texts).Pairs().Sum(p => p.Jaccard);

    [Benchmark(Description = "NearDuplicateIndex.Build + FormPairs")]
    public int BuildAndFormPairs() => NearDuplicateIndex.Build(_texts).FormPairs().Count;
}

/// <summary>The same search against the exhaustive O(n²) reference, at the size where the reference still finishes.</summary>
[MemoryDiagnoser]
public class NearDuplicateVersusExactBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = SyntheticTexts.Generate(10_000, seed: 2026);

    [Benchmark(Baseline = true, Description = "ExactJaccard.AllPairs (10,000)")]
    public double ExactAllPairs() => ExactJaccard.AllPairs(_texts, 0.7).Sum(p => p.Jaccard);

    [Benchmark(Description = "NearDuplicateIndex.Build + Pairs (10,000)")]
    public double BuildAndPairs() => NearDuplicateIndex.Build(_texts).Pairs().Sum(p => p.Jaccard);
}
