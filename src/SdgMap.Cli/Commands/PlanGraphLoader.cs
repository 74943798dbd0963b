using SdgMap.Cli.Resources;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Cli.Commands;

/// <summary>Reads the plans a command names into one graph.</summary>
internal static class PlanGraphLoader
{
    /// <summary>Where progress goes for long runs; set by the entry point to standard error when it is a terminal.</summary>
    public static TextWriter? Progress { get; set; }

    public static IReadOnlyList<PlanDocument> Documents(IReadOnlyList<string> paths, string command)
    {
        if (paths.Count == 0)
        {
            throw new UsageException(CliFormat.Format(CliText.NeedsPlans, command));
        }

        return PlanFiles.LoadAll(paths, progress: Progress is { } writer ? new SynchronousProgress(writer) : null);
    }

    private static void Report(TextWriter writer, int done, int total)
    {
        if (total >= 20 && (done % 50 == 0 || done == total))
        {
            writer.Write("\r" + CliFormat.Format(CliText.ProgressRead, done, total));
            if (done == total)
            {
                writer.WriteLine();
            }
        }
    }

    /// <summary>
    /// Reports on the reading threads themselves (Progress&lt;T&gt; would post to the thread pool),
    /// one at a time and never going backwards, since files finish in any order.
    /// </summary>
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<WorkProgress>
    {
        private readonly Lock _lock = new();
        private int _shown;

        public void Report(WorkProgress value)
        {
            lock (_lock)
            {
                if (value.Done > _shown)
                {
                    _shown = value.Done;
                    PlanGraphLoader.Report(writer, value.Done, value.Total);
                }
            }
        }
    }

    public static PlanGraph Load(IReadOnlyList<string> paths, string command)
    {
        var documents = Documents(paths, command);

        // Two plans with one id cannot share a graph: an input problem (exit 2) in one line naming both files.
        var clash = documents.GroupBy(d => d.Plan.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Skip(1).Any());
        if (clash is not null)
        {
            var files = clash.Select(d => d.Path ?? "(in memory)").Order(StringComparer.Ordinal).ToList();
            throw new PlanInputException(CliFormat.Format(CliText.PlanIdClash, clash.Key, files[0]), files[1]);
        }

        return PlanGraph.Build(documents);
    }
}
