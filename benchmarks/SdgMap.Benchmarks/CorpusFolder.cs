using SdgMap.Benchmarks.Corpus;
using SdgMap.Benchmarks.Peers;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>
/// The folder <c>generate</c> writes: one file per plan, the combined file, the peers' tables and
/// the planted near-duplicates' ground truth.
/// </summary>
/// <remarks>
/// Streams: each plan is made, written to all three and dropped, so memory does not grow with
/// the plan count (holding all 17,410 plans of the 10× corpus before writing peaked at 8.7 GB).
/// What does grow is the generator's list of earlier project titles, which planted
/// near-duplicates copy from. The bytes are those the held corpus gave, file for file.
/// </remarks>
internal static class CorpusFolder
{
    /// <summary>Writes <paramref name="count"/> plans of <paramref name="seed"/>'s corpus into <paramref name="folder"/>.</summary>
    public static (int Plans, long Elements, int Planted) Write(int count, string folder, int seed = SyntheticCorpus.DefaultSeed)
    {
        Directory.CreateDirectory(folder);
        var generator = SyntheticCorpus.Generator(seed);
        var elements = 0L;
        using (var combined = new CombinedFile.Writer(Path.Combine(folder, CombinedFile.Name)))
        using (var tables = new PeerTables.Writer(Path.Combine(folder, "tables")))
        {
            for (var n = 0; n < count; n++)
            {
                var plan = generator.Plan(n);
                var bytes = PlanJson.ToUtf8Bytes(plan);
                OutputFile.WriteBytes(Path.Combine(folder, plan.Id + ".json"), bytes);
                combined.Add(bytes);
                tables.Add(plan);
                elements += plan.Elements.Count;
            }

            combined.Complete();
        }

        File.WriteAllLines(Path.Combine(folder, "planted-duplicates.csv"), generator.Planted.Select(p => $"{p.OriginalPlan},{p.OriginalElement},{p.CopyPlan},{p.CopyElement}").Prepend("originalPlan,originalElement,copyPlan,copyElement"));
        return (count, elements, generator.Planted.Count);
    }
}
