using SdgMap.Cli.Output;
using SdgMap.Queries;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap reuse &lt;paths&gt;</c>: work reused across policies and plans.</summary>
internal static class ReuseCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        var options = new ReuseOptions { Level = args.Option("--level") };
        var kinds = args.Option("--kind") is { } k ? k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : null;
        var acrossPlans = args.Flag("--across-plans");
        args.EnsureAllRead();
        var groups = PlanGraphLoader.Load(args, "reuse").Reuse(options);
        var shown = groups.Where(g => (kinds is null || kinds.Contains(g.Kind)) && (!acrossPlans || g.Elements.Select(e => e.Plan).Distinct().Count() > 1)).ToList();
        RowWriter.Write(shown, format, output);
        return ExitCodes.Ok;
    }
}
