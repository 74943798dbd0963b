using BenchmarkDotNet.Attributes;
using SdgMap.Graph;
using SdgMap.Model;
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
    private Plan[] _plans = [];

    [GlobalSetup]
    public void Setup()
    {
        var plans = Path.Combine(Corpus.SyntheticCorpus.RepoRoot(), "data", "plans");
        _files = [.. Directory.EnumerateFiles(plans, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        _plans = [.. _files.Select(b => PlanJson.Parse(b).Plan)];
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader tokenise only")]
    public int Tokenise() => JsonFloor.Tokenise(_files);

    [Benchmark(Description = "PlanJson.Parse (model)")]
    public int Parse() => JsonFloor.Parse(_files);

    [Benchmark(Description = "parse reference: source-generated reader")]
    public int ParseReference() => _files.Sum(b => PlanJson.Parse(b, null, null, byReference: true).Plan.Elements.Count);

    [Benchmark(Description = "save: PlanJson.ToUtf8Bytes (hand-written writer)")]
    public long Save() => _plans.Sum(p => (long)PlanJson.ToUtf8Bytes(p).Length);

    [Benchmark(Description = "save reference: source-generated serializer")]
    public long SaveReference() => _plans.Sum(p => (long)PlanJson.ToUtf8BytesByReference(p).Length);

    [Benchmark(Description = "Parse + PlanGraph.Build")]
    public int ParseAndBuildGraph() =>
        PlanGraph.Build(_files.Select(b => PlanJson.Parse(b))).Graph.EdgeCount;
}
