using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks.Corpus;

/// <summary>The synthetic corpus the benchmarks run on, built from the shipped plans' text.</summary>
public static class SyntheticCorpus
{
    /// <summary>The seed every benchmark and the generator command use unless told otherwise.</summary>
    public const int DefaultSeed = 20261123;

    /// <summary>Generates <paramref name="count"/> plans.</summary>
    public static (IReadOnlyList<Plan> Plans, IReadOnlyList<PlantedDuplicate> Planted) Generate(int count, int seed = DefaultSeed)
    {
        var generator = Generator(seed);
        var plans = Enumerable.Range(0, count).Select(generator.Plan).ToList();
        return (plans, generator.Planted);
    }

    /// <summary>
    /// The generator <see cref="Generate"/> draws from, for a corpus too large to hold: ask it for
    /// plans 0, 1, 2 … and drop each once written.
    /// </summary>
    public static CorpusGenerator Generator(int seed = DefaultSeed) => new(seed, CorpusGenerator.FragmentsOf(ShippedPlans()));

    /// <summary>The plans in data/plans.</summary>
    public static IEnumerable<Plan> ShippedPlans() => PlanFiles.LoadAll([Path.Combine(RepoRoot(), "data", "plans")]).Select(d => d.Plan);

    /// <summary>A graph of <paramref name="count"/> synthetic plans.</summary>
    public static PlanGraph Graph(int count) => PlanGraph.Build(Generate(count).Plans);

    /// <summary>The repository's root folder, found from the running assembly.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SdgMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
