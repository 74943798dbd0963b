using System.Diagnostics;
using System.Globalization;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Suggestions;

namespace SdgMap.Benchmarks;

/// <summary>
/// One timed <c>Suggest</c> over every element of a synthetic corpus (Level null, Top 5, the default
/// score): wall and processor time, elements per second, bytes allocated, and the memory it needs
/// beside the graph's own — issue 11's "≤ 30 s on 2 cores, memory ≤ 1.5× the graph's" check without
/// BenchmarkDotNet's many runs. Then the same with the lexicon alone (no labelled neighbours), so the
/// two costs can be told apart.
/// </summary>
internal static class SuggestProbe
{
    /// <summary>Runs the probe over <paramref name="plans"/> synthetic plans; <paramref name="lexiconOnly"/> skips the run with neighbours.</summary>
    public static void Run(int plans, bool lexiconOnly, TextWriter output)
    {
        void Line(string what, string value) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-44} {value}"));

        // A first run over the shipped plans compiles the suggester and the lexicon, so the timed run measures the work and not the JIT.
        var shipped = PlanGraph.Build(SyntheticCorpus.ShippedPlans());
        _ = shipped.Suggest(new SuggestOptions());
        _ = shipped.Suggest(new SuggestOptions { LearnFromDeclared = false });

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var graph = SyntheticCorpus.Graph(plans);
        var graphBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        var elements = graph.Plans.Sum(p => p.Elements.Count);
        var labelled = graph.Plans.Sum(p => p.Elements.Count(e => e.Sdg.Count > 0));
        Line("plans / elements / with declared links", $"{graph.Plans.Count:N0} / {elements:N0} / {labelled:N0}");
        Line("graph in memory (model + indexes)", $"{graphBytes / 1e6:N0} MB = {graphBytes / (double)elements:N0} B/element");
        Line("cores", $"{Environment.ProcessorCount} (server GC {System.Runtime.GCSettings.IsServerGC})");

        if (!lexiconOnly)
        {
            Measure("suggest, defaults (lexicon + neighbours + roll-up)", new SuggestOptions { Level = null, Top = 5 });
        }

        Measure("suggest, lexicon only (no neighbours)", new SuggestOptions { Level = null, Top = 5, LearnFromDeclared = false });

        void Measure(string what, SuggestOptions options)
        {
            using var sampler = new MemorySampler();
            var baseHeap = GC.GetTotalMemory(forceFullCollection: true);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var gen2 = GC.CollectionCount(2);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            sampler.Start();
            var suggestions = graph.Suggest(options);
            clock.Stop();
            sampler.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var retained = GC.GetTotalMemory(forceFullCollection: true) - baseHeap;

            var withAny = suggestions.Select(s => s.Element).Distinct().Count();
            var methods = string.Join(", ", suggestions.GroupBy(s => s.Method).OrderBy(g => g.Key).Select(g => $"{g.Key.Name()} {g.Count():N0}"));
            output.WriteLine(what);
            Line("  wall / processor", $"{clock.Elapsed.TotalSeconds:N2} s / {cpu.TotalSeconds:N2} s");
            Line("  elements/s", $"{elements / clock.Elapsed.TotalSeconds:N0}");
            Line("  suggestions / elements with one", $"{suggestions.Count:N0} / {withAny:N0} ({withAny / (double)elements:P1})");
            Line("  by method", methods);
            Line("  fingerprint (same answers, same number)", $"{Fingerprint(suggestions):x16}");
            Line("  allocated", $"{allocated / 1e6:N0} MB = {allocated / (double)elements:N0} B/element; {GC.CollectionCount(2) - gen2} gen-2 collections");
            Line("  result kept (suggestions and evidence)", $"{retained / 1e6:N0} MB");
            Line("  peak GC heap while suggesting", $"{sampler.PeakHeap / 1e6:N0} MB = {sampler.PeakHeap / (double)graphBytes:N2}x the graph; {(sampler.PeakHeap - baseHeap) / 1e6:N0} MB above it before");
            Line("  peak working set while suggesting", $"{sampler.PeakWorkingSet / 1e6:N0} MB = {sampler.PeakWorkingSet / (double)graphBytes:N2}x the graph (process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB)");
            GC.KeepAlive(suggestions);
        }
    }

    /// <summary>A hash of every suggestion's element, label, score, method and evidence spans, to show that a change kept the answers.</summary>
    private static ulong Fingerprint(IReadOnlyList<Suggestion> suggestions)
    {
        var hash = 14695981039346656037UL;
        void Mix(string text)
        {
            foreach (var c in text)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        foreach (var s in suggestions)
        {
            Mix(string.Create(CultureInfo.InvariantCulture, $"{s.Element}|{s.Sdg}|{s.Tag}|{s.Score:R}|{s.Method}|"));
            foreach (var e in s.Evidence)
            {
                Mix(string.Create(CultureInfo.InvariantCulture, $"{e.Field},{e.Element},{e.Start},{e.Length},{e.Matched};"));
            }
        }

        return hash;
    }

    /// <summary>Samples the process' working set and the GC heap every 20 ms on a thread of its own.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;

        public MemorySampler() => _thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };

        public long PeakWorkingSet { get; private set; }

        public long PeakHeap { get; private set; }

        public void Start() => _thread.Start();

        public void Stop()
        {
            _stop = true;
            _thread.Join();
            Sample();
        }

        public void Dispose()
        {
            if (_thread.IsAlive)
            {
                Stop();
            }
        }

        private void Loop()
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(20);
            }
        }

        private void Sample()
        {
            using var process = Process.GetCurrentProcess();
            PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
            PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
