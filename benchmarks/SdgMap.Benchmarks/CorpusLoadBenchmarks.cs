using BenchmarkDotNet.Attributes;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// Loading and saving 1, 100 and 1,741 synthetic plans: tokenising only (the floor), parsing into
/// the model on one thread, reading the folder into a graph (parallel, as the CLI does), and
/// writing every plan file's bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(NationalScaleConfig))]
public class CorpusLoadBenchmarks
{
    private byte[][] _files = [];
    private IReadOnlyList<Plan> _plans = [];
    private string _folder = string.Empty;

    /// <summary>How many synthetic plans.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Plans { get; set; }

    /// <summary>1, 100 and 1,741 plans, or the sizes listed in SDGMAP_PLANS (<c>1741</c>) to run one size on a busy machine.</summary>
    public static IEnumerable<int> Sizes => CorpusSizes.FromEnvironment();

    /// <summary>The corpus's total bytes, for MB/s.</summary>
    public long Bytes => _files.Sum(f => (long)f.Length);

    [GlobalSetup]
    public void Setup()
    {
        _plans = SyntheticCorpus.Generate(Plans).Plans;
        _files = [.. _plans.Select(PlanJson.ToUtf8Bytes)];
        _folder = Directory.CreateTempSubdirectory("sdgmap-bench-").FullName;
        for (var i = 0; i < _plans.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(_folder, _plans[i].Id + ".json"), _files[i]);
        }

        Console.WriteLine($"// corpus: {Plans} plans, {Bytes:N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "floor: Utf8JsonReader tokenise, 1 thread")]
    public int Tokenise() => JsonFloor.Tokenise(_files);

    [Benchmark(Description = "PlanJson.Parse to model, 1 thread")]
    public int Parse() => JsonFloor.Parse(_files);

    [Benchmark(Description = "load folder: PlanFiles.LoadAll + PlanGraph.Build")]
    public int LoadGraph() => PlanGraph.Build(PlanFiles.LoadAll([_folder])).Plans.Count;

    [Benchmark(Description = "save: PlanJson.ToUtf8Bytes, 1 thread")]
    public long Save()
    {
        var bytes = 0L;
        foreach (var plan in _plans)
        {
            bytes += PlanJson.ToUtf8Bytes(plan).Length;
        }

        return bytes;
    }

    /// <summary>The source-generated serializer the hand-written writer replaced (and is tested against).</summary>
    [Benchmark(Description = "save reference: source-generated serializer, 1 thread")]
    public long SaveReference()
    {
        var bytes = 0L;
        foreach (var plan in _plans)
        {
            bytes += PlanJson.ToUtf8BytesByReference(plan).Length;
        }

        return bytes;
    }
}
