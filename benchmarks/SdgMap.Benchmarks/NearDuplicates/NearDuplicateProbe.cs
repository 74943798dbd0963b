using System.Diagnostics;
using System.Globalization;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Reuse;

namespace SdgMap.Benchmarks.NearDuplicates;

/// <summary>
/// One timed near-duplicate search over the element texts of a synthetic corpus, with recall and
/// precision measured on a sample: a quick check of issue 5's targets without BenchmarkDotNet's many runs.
/// </summary>
public static class NearDuplicateProbe
{
    /// <summary>Runs the probe and prints one line of key=value fields.</summary>
    public static void Run(int plans, int sampleSize)
    {
        var texts = ElementTexts.Of(SyntheticCorpus.Generate(plans).Plans);

        // A first, small build compiles the engine, so the timed build measures the search and not the JIT.
        NearDuplicateIndex.Build(texts[..Math.Min(2000, texts.Length)]).FormPairs();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var index = NearDuplicateIndex.Build(texts);
        var formPairs = index.FormPairs().Count;
        var pairs = index.Pairs().Count;
        clock.Stop();

        // Processor time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var truth = SampleTruth.Compute(texts, sampleSize, index.Options.Threshold);
        var score = truth.Score(FoundAmong(index, truth.Sample));
        var stats = index.Stats;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plans={plans} elements={texts.Length} distinct={stats.DistinctTexts} banding={stats.Banding.Bands}x{stats.Banding.Rows} seconds={clock.Elapsed.TotalSeconds:0.00} cpu_seconds={cpu.TotalSeconds:0.00} form_pairs={formPairs} pairs={pairs} candidates={stats.CandidatePairs} verified={stats.VerifiedPairs} capped_buckets={stats.CappedBuckets} largest_bucket={stats.LargestBucket} cores={Environment.ProcessorCount} {score}"));
    }

    /// <summary>
    /// The index's pairs with both texts in <paramref name="sample"/>, found through forms so that a large
    /// group of identical texts elsewhere costs nothing.
    /// </summary>
    private static IEnumerable<(int A, int B)> FoundAmong(NearDuplicateIndex index, IReadOnlyList<int> sample)
    {
        var byForm = sample.Where(i => index.IdenticalTo[i] >= 0).GroupBy(i => index.IdenticalTo[i]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var members in byForm.Values)
        {
            for (var x = 0; x < members.Length; x++)
            {
                for (var y = x + 1; y < members.Length; y++)
                {
                    yield return (members[x], members[y]);
                }
            }
        }

        foreach (var pair in index.FormPairs())
        {
            if (byForm.TryGetValue(pair.A, out var first) && byForm.TryGetValue(pair.B, out var second))
            {
                foreach (var a in first)
                {
                    foreach (var b in second)
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }
}
