using System.Globalization;
using BenchmarkDotNet.Running;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Benchmarks.Peers;
using SdgMap.Serialization;

// "generate" writes the synthetic corpus as plan files, one combined file and the peers' tables;
// "peers-sdgmap" answers the peer comparison's questions; anything else runs benchmarks.
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

    CombinedFile.Write(plans, Path.Combine(folder, CombinedFile.Name));
    PeerTables.Write(plans, Path.Combine(folder, "tables"));
    Console.WriteLine($"{plans.Count} plans, {plans.Sum(p => p.Elements.Count)} elements, {planted.Count} planted near-duplicates in {folder} (with all-plans.jsonarray and tables/)");
    return;
}

if (args.Length > 0 && args[0] == "peers-sdgmap")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("usage: peers-sdgmap CORPUS_DIR OUT_DIR [RUNS]");
        Environment.Exit(2);
    }

    SdgMapPeer.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SdgMap.Benchmarks.LoadBenchmarks).Assembly).Run(args);
