using System.Globalization;
using BenchmarkDotNet.Running;
using SdgMap.Benchmarks.NearDuplicates;
using SdgMap.Benchmarks.Peers;

static int Number(string[] args, int at, int fallback) => args.Length > at ? int.Parse(args[at], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    // generate [plans] [folder]: the synthetic corpus as plan files, one combined file and the peers' tables, streamed.
    case "generate":
    {
        var folder = args.Length > 2 ? args[2] : "corpus";
        var (plans, elements, planted) = SdgMap.Benchmarks.CorpusFolder.Write(Number(args, 1, 1741), folder);
        Console.WriteLine($"{plans} plans, {elements} elements, {planted} planted near-duplicates in {folder} (with all-plans.jsonarray and tables/)");
        return;
    }

    // peers-sdgmap corpus out [runs]: SdgMap's answers and timings for benchmarks/run-peers.sh.
    case "peers-sdgmap":
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: peers-sdgmap CORPUS_DIR OUT_DIR [RUNS]");
            Environment.Exit(2);
        }

        SdgMapPeer.Run(args[1], args[2], Number(args, 3, 5));
        return;

    // probe DIR: one pass of load, memory and warm query times over a generated corpus folder.
    case "probe":
        SdgMap.Benchmarks.ScaleProbe.Run(args[1], Console.Out);
        return;

    // load-probe DIR [rounds]: folder to graph, warm rounds with processor and collector pause time, and the allocation by type.
    case "load-probe":
        SdgMap.Benchmarks.LoadAllocationProbe.Run(args[1], Number(args, 2, 3), Console.Out);
        return;

    // save-probe DIR [rounds]: saving every plan, alone and beside what the peer run keeps alive, with collector time and allocation.
    case "save-probe":
        SdgMap.Benchmarks.SaveProbe.Run(args[1], Number(args, 2, 3), Console.Out);
        return;

    // parquet-probe CORPUS_DIR OUT_DIR [runs]: the Parquet export of a generated corpus, timed apart from loading.
    case "parquet-probe":
        SdgMap.Benchmarks.ParquetProbe.Run(args[1], args[2], Number(args, 3, 3), Console.Out);
        return;

    // neardup-probe [plans] [sample]: one timed near-duplicate search over the corpus' element texts.
    case "neardup-probe":
        NearDuplicateProbe.Run(Number(args, 1, 1741), Number(args, 2, 20_000));
        return;

    // suggest-probe [plans] [lexicon]: one timed Suggest over every element of the corpus, with its memory beside the graph's.
    case "suggest-probe":
        SdgMap.Benchmarks.SuggestProbe.Run(Number(args, 1, 1741), args.Skip(2).Contains("lexicon"), Console.Out);
        return;

    // neardup-export plans folder [sample]: texts and sample truth for the peers (benchmarks/peers/neardup).
    case "neardup-export":
        PeerExchange.Export(Number(args, 1, 100), args.Length > 2 ? args[2] : "neardup", Number(args, 3, 20_000));
        return;

    // neardup-run folder: SdgMap on an exported folder's texts.
    case "neardup-run":
        PeerExchange.Run(args[1]);
        return;

    // neardup-score folder tool: a tool's pairs against the sample truth.
    case "neardup-score":
        PeerExchange.Score(args[1], args[2]);
        return;

    default:
        BenchmarkSwitcher.FromAssembly(typeof(SdgMap.Benchmarks.LoadBenchmarks).Assembly).Run(args);
        return;
}
