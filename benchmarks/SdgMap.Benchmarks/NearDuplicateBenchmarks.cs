using BenchmarkDotNet.Attributes;
using SdgMap.Reuse;

namespace SdgMap.Benchmarks;

/// <summary>
/// Near-duplicate search on synthetic measure texts (<see cref="SyntheticTexts"/>): building the index
/// and reading every similar pair. The pair list is a lazy view, so it is enumerated to the end.
/// </summary>
[MemoryDiagnoser]
public class NearDuplicateBenchmarks
{
    private string[] _texts = [];

    /// <summary>The number of texts.</summary>
    [Params(10_000, 100_000)]
    public int Texts { get; set; }

    [GlobalSetup]
    public void Setup() => _texts = SyntheticTexts.Generate(Texts, seed: 2026);

    [Benchmark(Description = "NearDuplicateIndex.Build + Pairs")]
    public double BuildAndPairs() => NearDuplicateIndex.Build(_texts).Pairs().Sum(p => p.Jaccard);
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
