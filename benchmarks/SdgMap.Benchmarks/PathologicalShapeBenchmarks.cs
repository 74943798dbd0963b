using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Suggestions;

namespace SdgMap.Benchmarks;

/// <summary>
/// Issue 15's pathological shapes, each at its full size and a tenth of it so the ratio shows
/// the growth (10× for linear): a parent chain 500,000 deep, one parent with 1,000,000 children,
/// one element tagged with 10,000 terms, and 100,000 plans of one element each. Every operation a
/// user runs: load (parse the plan files), build, coverage with and without a level, gaps, the
/// plans × goals matrix, reuse and suggest (lexicon only: the neighbour source is what the
/// national-scale suggestion benchmarks measure).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PathologicalConfig))]
public class PathologicalShapeBenchmarks
{
    private byte[][] _files = [];
    private PlanGraph _graph = null!;

    /// <summary>The shape.</summary>
    [ParamsSource(nameof(Kinds))]
    public Shape Kind { get; set; }

    /// <summary>Every shape, or those listed in SDGMAP_SHAPES (<c>DeepChain,WideParent</c>), to look at one growth without running them all.</summary>
    public static IEnumerable<Shape> Kinds =>
        Environment.GetEnvironmentVariable("SDGMAP_SHAPES") is { Length: > 0 } listed
            ? listed.Split(',').Select(Enum.Parse<Shape>)
            : Enum.GetValues<Shape>();

    /// <summary>1 for the full size, 10 for a tenth of it.</summary>
    [ParamsSource(nameof(Divisors))]
    public int Divisor { get; set; }

    /// <summary>
    /// The sizes run: a tenth and the full size, or the divisors listed in SDGMAP_SHAPE_DIVISORS
    /// (<c>100,10</c>), for a machine too busy for the full sizes.
    /// </summary>
    public static IEnumerable<int> Divisors =>
        Environment.GetEnvironmentVariable("SDGMAP_SHAPE_DIVISORS") is { Length: > 0 } listed
            ? listed.Split(',').Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            : [10, 1];

    /// <summary>The shapes of issue 15.</summary>
    public enum Shape
    {
        /// <summary>One plan whose elements form a single parent chain (full: 500,000 deep).</summary>
        DeepChain,

        /// <summary>One plan: a root with children all under it (full: 1,000,000).</summary>
        WideParent,

        /// <summary>One element tagged with every term of a plan taxonomy (full: 10,000 terms).</summary>
        ManyTags,

        /// <summary>Plans of one element each (full: 100,000).</summary>
        ManyPlans,
    }

    [GlobalSetup]
    public void Setup()
    {
        var plans = Plans(Kind, Divisor);
        _files = [.. plans.Select(PlanJson.ToUtf8Bytes)];
        _graph = PlanGraph.Build(plans);
    }

    /// <summary>The default limits but the file size: the full wide plan's file is 123 MB, past the default 64 MB a user would raise for it.</summary>
    private static readonly PlanLimits Limits = PlanLimits.Default with { MaxFileBytes = long.MaxValue };

    [Benchmark(Description = "load: parse the plan files")]
    public int Load() => _files.Sum(f => PlanJson.Parse(f, null, Limits).Plan.Elements.Count);

    [Benchmark(Description = "build the graph")]
    public int Build() => PlanGraph.Build(_files.Select(f => PlanJson.Parse(f, null, Limits))).Plans.Count;

    [Benchmark(Baseline = true, Description = "coverage by goal")]
    public int Coverage() => _graph.Coverage(SdgLevel.Goal).Count;

    [Benchmark(Description = "coverage by goal --level 施策")]
    public int CoverageByLevel() => _graph.Coverage(SdgLevel.Goal, new QueryScope { Level = "施策" }).Count;

    [Benchmark(Description = "gaps, all kinds")]
    public int Gaps() => _graph.Gaps().Count;

    [Benchmark(Description = "matrix plans x goals")]
    public int Matrix() => _graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals).Rows.Count;

    [Benchmark(Description = "reuse, all kinds")]
    public int Reuse() => _graph.Reuse().Count;

    [Benchmark(Description = "suggest, lexicon only")]
    public int Suggest() => _graph.Suggest(new SuggestOptions { LearnFromDeclared = false }).Count;

    private static List<Plan> Plans(Shape shape, int divisor)
    {
        var levels = new PlanLevel[] { new() { Name = "施策" }, new() { Name = "事業" } };
        var targets = SdgCatalog.Default.Targets;
        Plan One(string id, IReadOnlyList<PlanElement> elements, IReadOnlyList<Taxonomy>? taxonomies = null) => new()
        {
            Id = id,
            Municipality = new Municipality { Name = "架空市" },
            Title = "形の試験",
            Levels = levels,
            Taxonomies = taxonomies ?? [],
            Elements = elements,
        };

        switch (shape)
        {
            case Shape.DeepChain:
            {
                var n = 500_000 / divisor;
                return [One("chain", [.. Enumerable.Range(0, n).Select(i => new PlanElement
                {
                    Id = $"e{i}",
                    Level = i == n - 1 ? "事業" : "施策",
                    Title = "地域包括ケアの推進",
                    Parent = i == 0 ? null : $"e{i - 1}",
                    Sdg = i % 100 == 0 ? [targets[i / 100 % targets.Count].Id] : [],
                })])];
            }

            case Shape.WideParent:
            {
                var n = 1_000_000 / divisor;
                return [One("wide", [.. Enumerable.Range(0, n + 1).Select(i => new PlanElement
                {
                    Id = $"e{i}",
                    Level = i == 0 ? "施策" : "事業",
                    Title = i == 0 ? "福祉の充実" : $"事業{i % 997}の実施",
                    Parent = i == 0 ? null : "e0",
                    Sdg = i % 10 == 0 ? [targets[i % targets.Count].Id] : [],
                })])];
            }

            case Shape.ManyTags:
            {
                var n = 10_000 / divisor;
                var taxonomy = new Taxonomy
                {
                    Id = "theme",
                    Name = "視点",
                    Terms = [.. Enumerable.Range(0, n).Select(t => new TaxonomyTerm { Id = $"t{t}", Label = $"視点{t}" })],
                };
                var tags = Enumerable.Range(0, n).Select(t => new Tag("theme", $"t{t}")).ToArray();
                return [One("tags", [
                    new PlanElement { Id = "root", Level = "施策", Title = "まちづくり", Sdg = [SdgId.Parse("11.3")] },
                    new PlanElement { Id = "tagged", Level = "事業", Title = "協働のまちづくり", Parent = "root", Tags = tags },
                ], [taxonomy])];
            }

            default:
            {
                var n = 100_000 / divisor;
                return [.. Enumerable.Range(0, n).Select(p => One($"plan-{p:D6}", [new PlanElement
                {
                    Id = "e0",
                    Level = "施策",
                    Title = $"健康づくりの推進{p % 101}",
                    Sdg = [targets[p % targets.Count].Id],
                }]))];
            }
        }
    }

    /// <summary>
    /// One warm-up and three measured iterations, in this process: the full sizes take seconds an
    /// operation, and on a busy machine building a separate benchmark process outlasts
    /// BenchmarkDotNet's two-minute build timeout. Lexicon suggestions over the full wide plan take
    /// over a minute an operation, past the in-process toolchain's default five-minute limit.
    /// </summary>
    private sealed class PathologicalConfig : ManualConfig
    {
        public PathologicalConfig() =>
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1)
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("shapes"));
    }
}
