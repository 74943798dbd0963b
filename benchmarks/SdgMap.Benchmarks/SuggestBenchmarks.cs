using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Suggestions;

namespace SdgMap.Benchmarks;

/// <summary>
/// Suggestions over the five shipped plans: the whole graph with the defaults and with the lexicon
/// alone, one element, and compiling the lexicon into its automaton (from the parsed entries, and
/// from the TSV files). The labelled-neighbours index is built on the first call and kept with the
/// graph, so the graph-wide rows are warm queries.
/// </summary>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private PlanGraph _graph = null!;
    private LexiconEntry[] _sdgEntries = [];
    private string[] _lexiconFiles = [];
    private QueryScope _oneElement = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = PlanGraph.Build(SyntheticCorpus.ShippedPlans());
        _sdgEntries = [.. Lexicon.Default.Entries.Where(e => e.Sdg is not null)];
        var folder = Path.Combine(SyntheticCorpus.RepoRoot(), "data", "lexicon");
        _lexiconFiles = [.. Directory.GetFiles(Path.Combine(folder, "sdg"), "*.tsv").Order(StringComparer.Ordinal).Append(Path.Combine(folder, "care.tsv"))];

        // The first measure (施策 7-1) of 久喜市, alone: Within its subtree, at its own depth (its children are read for the roll-up).
        var kuki = _graph.Plans.Single(p => p.Municipality.Name == "久喜市");
        var measure = kuki.Elements.First(e => kuki.DepthOf(e.Level) == 2);
        _oneElement = new QueryScope { Plans = [kuki.Id], Within = new ElementNode(kuki.Id, measure.Id), Level = "2" };
        _ = _graph.Suggest();
    }

    [Benchmark(Baseline = true, Description = "Suggest, 5 shipped plans, defaults")]
    public int ShippedDefaults() => _graph.Suggest().Count;

    [Benchmark(Description = "Suggest, 5 shipped plans, lexicon only")]
    public int ShippedLexiconOnly() => _graph.Suggest(new SuggestOptions { LearnFromDeclared = false }).Count;

    [Benchmark(Description = "Suggest, one measure (久喜市), defaults")]
    public int OneElement() => _graph.Suggest(scope: _oneElement).Count;

    [Benchmark(Description = "Lexicon compile: SDG entries into the automaton")]
    public int Compile() => new CompiledLexicon(_sdgEntries).Entries.Count;

    [Benchmark(Description = "Lexicon parse 18 TSV files + compile")]
    public int ParseAndCompile()
    {
        var lexicon = Lexicon.Of(_lexiconFiles.SelectMany(f => Lexicon.Load(f).Entries));
        return new CompiledLexicon([.. lexicon.Entries.Where(e => e.Sdg is not null)]).Entries.Count;
    }
}

/// <summary>
/// Suggest over every element of 100 and 1,741 synthetic plans (about 55,000 and 960,000
/// elements) with the lexicon alone (labelled neighbours off; see <see cref="SuggestNeighboursBenchmarks"/>),
/// so the growth from one size to the other shows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuggestScaleConfig))]
public class SuggestCorpusBenchmarks
{
    private PlanGraph _graph = null!;

    /// <summary>How many synthetic plans the graph holds.</summary>
    [Params(100, 1741)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup() => _graph = SyntheticCorpus.Graph(Plans);

    [Benchmark(Description = "Suggest, every element, lexicon only, Top 5")]
    public int LexiconOnly() => _graph.Suggest(new SuggestOptions { Level = null, Top = 5, LearnFromDeclared = false }).Count;
}

/// <summary>
/// Suggest with the defaults (labelled neighbours on) over 10 and 100 synthetic plans: the sizes at
/// which it still finishes. Ten times the plans costs far more than ten times the time — the
/// neighbours' scoring reads every labelled element that shares a character 2-gram (RESULTS.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuggestScaleConfig))]
public class SuggestNeighboursBenchmarks
{
    private PlanGraph _graph = null!;

    /// <summary>How many synthetic plans the graph holds.</summary>
    [Params(10, 100)]
    public int Plans { get; set; }

    /// <summary>A new graph for every run, so the neighbours' index (kept with the graph) is built inside the measurement as a first Suggest builds it.</summary>
    [IterationSetup]
    public void Setup() => _graph = SyntheticCorpus.Graph(Plans);

    [Benchmark(Description = "Suggest, every element, defaults (neighbours built in the run)")]
    public int Defaults() => _graph.Suggest(new SuggestOptions { Level = null, Top = 5 }).Count;
}

/// <summary>
/// A short job for suggestions over a corpus, where one operation takes from seconds to minutes on
/// two shared cores: one process, one warm-up, three measured iterations.
/// </summary>
internal sealed class SuggestScaleConfig : ManualConfig
{
    public SuggestScaleConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("suggest-scale"));
        AddColumn(StatisticColumn.Median);
    }
}
