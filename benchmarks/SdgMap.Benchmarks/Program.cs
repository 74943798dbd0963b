using System.Globalization;
using BenchmarkDotNet.Running;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Serialization;

// "generate" writes the synthetic corpus as plan files; anything else runs benchmarks.
if (args.Length > 0 && args[0] == "generate")
{
    var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1741;
    var folder = args.Length > 2 ? args[2] : "corpus";
    Directory.CreateDirectory(folder);
    var (plans, planted) = SyntheticCorpus.Generate(count);
    foreach (var plan in plans)
    {
        PlanJson.Save(plan, Path.Combine(folder, plan.Id + ".json"));
    }

    File.WriteAllLines(Path.Combine(folder, "planted-duplicates.csv"), planted.Select(p => $"{p.OriginalPlan},{p.OriginalElement},{p.CopyPlan},{p.CopyElement}").Prepend("originalPlan,originalElement,copyPlan,copyElement"));
    Console.WriteLine($"{plans.Count} plans, {plans.Sum(p => p.Elements.Count)} elements, {planted.Count} planted near-duplicates in {folder}");
    return;
}

// "probe DIR" prints one pass of load, memory and warm query times over a generated corpus.
if (args.Length == 2 && args[0] == "probe")
{
    SdgMap.Benchmarks.ScaleProbe.Run(args[1], Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SdgMap.Benchmarks.LoadBenchmarks).Assembly).Run(args);
