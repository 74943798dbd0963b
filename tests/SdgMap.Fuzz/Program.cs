using SdgMap.Fuzz;
using SharpFuzz;

// Usage:
//   SdgMap.Fuzz fuzz <target>            run under afl-fuzz (input arrives through SharpFuzz)
//   SdgMap.Fuzz replay <target> <dir>... run every file in-process, print findings, exit 1 if any
if (args.Length >= 2 && args[0] == "fuzz")
{
    var target = FuzzTargets.For(args[1]);
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}

if (args.Length >= 3 && args[0] == "replay")
{
    return Replay.Run(FuzzTargets.For(args[1]), args[2..], Console.Out);
}

Console.Error.WriteLine("usage: SdgMap.Fuzz fuzz <json|csv|code> | replay <json|csv|code> <file-or-dir>...");
return 2;
