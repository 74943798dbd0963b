using BenchmarkDotNet.Attributes;
using SdgMap.Graph;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// Loading the shipped plans: tokenising only (the floor any JSON loader stands on), reading
/// into the model, and reading plus building the graph.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private byte[][] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var plans = Path.Combine(Corpus.SyntheticCorpus.RepoRoot(), "data", "plans");
        _files = [.. Directory.EnumerateFiles(plans, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader tokenise only")]
    public int Tokenise() => JsonFloor.Tokenise(_files);

    [Benchmark(Description = "PlanJson.Parse (model)")]
    public int Parse() => JsonFloor.Parse(_files);

    [Benchmark(Description = "Parse + PlanGraph.Build")]
    public int ParseAndBuildGraph() =>
        PlanGraph.Build(_files.Select(b => PlanJson.Parse(b))).Graph.EdgeCount;
}
