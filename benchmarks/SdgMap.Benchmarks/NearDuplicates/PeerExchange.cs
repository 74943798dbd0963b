using System.Diagnostics;
using System.Globalization;
using System.Text;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Reuse;

namespace SdgMap.Benchmarks.NearDuplicates;

/// <summary>
/// The files the near-duplicate peers (benchmarks/peers/neardup) share with SdgMap, in one folder:
/// texts.txt (one distinct normalised text per line; line numbers from 0 name texts), params.txt (hash
/// count, bands, rows, threshold), sample.txt and truth.tsv (exact ground truth on a sample), and per
/// tool &lt;tool&gt;-pairs.tsv (verified pairs, "a TAB b") with &lt;tool&gt;.ms (the search's time).
/// </summary>
/// <remarks>
/// Texts are exported after SdgMap's normalisation and exact-duplicate collapse, so every tool hashes the
/// same distinct strings; without the collapse a tool lacking it would spend its time on boilerplate.
/// </remarks>
public static class PeerExchange
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes texts, parameters and sample truth for <paramref name="plans"/> synthetic plans.</summary>
    public static void Export(int plans, string folder, int sampleSize)
    {
        Directory.CreateDirectory(folder);
        var elements = ElementTexts.Of(SyntheticCorpus.Generate(plans).Plans);
        var distinct = elements.Select(ReuseText.Normalize).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        File.WriteAllLines(Path.Combine(folder, "texts.txt"), distinct, Utf8);

        var options = new NearDuplicateOptions();
        var banding = options.ResolveBanding();
        File.WriteAllText(Path.Combine(folder, "params.txt"), string.Create(CultureInfo.InvariantCulture,
            $"hashes={banding.Hashes} bands={banding.Bands} rows={banding.Rows} threshold={options.Threshold}\n"), Utf8);

        var truth = SampleTruth.Compute(distinct, sampleSize, options.Threshold);
        File.WriteAllLines(Path.Combine(folder, "sample.txt"), truth.Sample.Select(i => i.ToString(CultureInfo.InvariantCulture)), Utf8);
        File.WriteAllLines(Path.Combine(folder, "truth.tsv"), truth.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.A}\t{p.B}\t{p.Jaccard:R}")), Utf8);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"plans={plans} elements={elements.Length} distinct={distinct.Length} sample={truth.Sample.Count} true_pairs={truth.Pairs.Count} banding={banding.Bands}x{banding.Rows}"));
    }

    /// <summary>Runs SdgMap on the folder's texts and writes sdgmap-pairs.tsv and sdgmap.ms.</summary>
    public static void Run(string folder)
    {
        var texts = File.ReadAllLines(Path.Combine(folder, "texts.txt"), Utf8);

        // As in the probe: compile first, then time the search alone (the peers time theirs the same way).
        NearDuplicateIndex.Build(texts[..Math.Min(2000, texts.Length)]).FormPairs();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var pairs = NearDuplicateIndex.Build(texts).FormPairs();
        clock.Stop();

        // Processor time too: on a shared machine wall time also counts waiting for a core.
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        File.WriteAllLines(Path.Combine(folder, "sdgmap-pairs.tsv"), pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.A}\t{p.B}")), Utf8);
        File.WriteAllText(Path.Combine(folder, "sdgmap.ms"), clock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), Utf8);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tool=sdgmap texts={texts.Length} pairs={pairs.Count} ms={clock.Elapsed.TotalMilliseconds:0} cpu_ms={cpu.TotalMilliseconds:0}"));
    }

    /// <summary>Prints how &lt;tool&gt;-pairs.tsv compares with the sample truth.</summary>
    public static void Score(string folder, string tool)
    {
        static int[] Numbers(string line) => [.. line.Split('\t').Take(2).Select(x => int.Parse(x, CultureInfo.InvariantCulture))];
        var sample = File.ReadAllLines(Path.Combine(folder, "sample.txt")).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        var truth = File.ReadAllLines(Path.Combine(folder, "truth.tsv")).Select(line =>
        {
            var fields = line.Split('\t');
            return new SimilarPair(int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture), 0);
        }).ToArray();
        var found = File.ReadLines(Path.Combine(folder, tool + "-pairs.tsv")).Where(l => l.Length > 0).Select(Numbers).Select(p => (p[0], p[1]));
        Console.WriteLine($"tool={tool} {new SampleTruth { Sample = sample, Pairs = truth }.Score(found)}");
    }
}
