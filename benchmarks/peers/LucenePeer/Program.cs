using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Catalog;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Suggestions;
using LucenePeer;

// The suggestion lexicon run the way a Lucene user would: every element's text a document
// (CJK bigrams), every target entry a Boolean query; against SdgMap's lexicon-only suggestions
// on the same texts. Throughput and agreement of the fired (element, target) pairs.
//   dotnet run -c Release --project benchmarks/peers/LucenePeer -- [shipped] [PLANS ...] [--runs N]
var runs = 3;
var inputs = new List<string>();
for (var a = 0; a < args.Length; a++)
{
    if (args[a] == "--runs")
    {
        runs = int.Parse(args[++a], CultureInfo.InvariantCulture);
    }
    else
    {
        inputs.Add(args[a]);
    }
}

if (inputs.Count == 0)
{
    inputs = ["shipped", "100"];
}

var entries = Lexicon.Default.Entries.Where(e => e.Sdg is { IsTarget: true }).ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lexicon: {Lexicon.Default.Entries.Count:N0} entries, {entries.Count:N0} naming a target (the ones compared); cores {Environment.ProcessorCount}; {runs} timed runs after one warm-up, medians"));
foreach (var input in inputs)
{
    var plans = input == "shipped" ? SyntheticCorpus.ShippedPlans().ToList() : SyntheticCorpus.Generate(int.Parse(input, CultureInfo.InvariantCulture)).Plans;
    Compare(input, plans, entries, runs);
}

static void Compare(string name, IReadOnlyList<Plan> plans, List<LexiconEntry> entries, int runs)
{
    var elements = plans.SelectMany(p => p.Elements.Select(e => (Plan: p.Id, Element: e))).ToList();
    var number = new Dictionary<(string, string), int>();
    for (var n = 0; n < elements.Count; n++)
    {
        number[(elements[n].Plan, elements[n].Element.Id)] = n;
    }

    // The same text per element on both sides: no parents (so no context from them, no roll-up), no declared links (so nothing is excluded).
    var flat = PlanGraph.Build(plans.Select(p => p with { Elements = [.. p.Elements.Select(e => e with { Parent = null, Sdg = [], Review = null, Suggested = null })] }));
    var real = PlanGraph.Build(plans);
    var options = new SuggestOptions { LearnFromDeclared = false, RollUp = false, MinScore = 0, Top = null };

    HashSet<(int, SdgId)> SdgMapPairs(PlanGraph graph) =>
        [.. graph.Suggest(options).Where(s => s.Evidence.Any(e => e.Matched != "mention")).Select(s => (number[(s.Element.PlanId, s.Element.ElementId)], s.Sdg!.Value))];

    var sdgmap = SdgMapPairs(flat);
    var sdgmapMs = Median(runs, () => flat.Suggest(options).Count);
    var inContext = SdgMapPairs(real);

    var indexAnalyzer = new CjkAnalyzer(unigrams: true);
    var clock = Stopwatch.StartNew();
    var queries = entries.Select(e => (Entry: e, Query: LexiconQueries.Of(e, indexAnalyzer))).ToList();
    var translateMs = clock.Elapsed.TotalMilliseconds;
    var unexpressed = queries.Count(q => q.Query is null);

    DirectoryReader? reader = null;
    var indexMs = Median(runs, () =>
    {
        reader?.Dispose();
        reader = Index(elements.Select(e => e.Element).ToList(), indexAnalyzer);
        return reader.NumDocs;
    });
    var searcher = new IndexSearcher(reader!);
    var lucene = new HashSet<(int, SdgId)>();
    var searchMs = Median(runs, () =>
    {
        var found = new List<int>[queries.Count];
        Parallel.For(0, queries.Count, q =>
        {
            found[q] = [];
            if (queries[q].Query is { } query)
            {
                searcher.Search(query, new ElementCollector(found[q]));
            }
        });
        lucene.Clear();
        for (var q = 0; q < queries.Count; q++)
        {
            foreach (var n in found[q])
            {
                lucene.Add((n, queries[q].Entry.Sdg!.Value));
            }
        }

        return lucene.Count;
    });

    var both = sdgmap.Count(lucene.Contains);
    var union = sdgmap.Count + lucene.Count - both;
    var luceneMs = indexMs + searchMs;
    static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    Console.WriteLine(Line($"suggest-lexicon {name}: elements={elements.Count} sdgmap_ms={sdgmapMs:0.0} lucene_index_ms={indexMs:0.0} lucene_search_ms={searchMs:0.0} lucene_ms={luceneMs:0.0} translate_ms={translateMs:0.0} speedup={luceneMs / sdgmapMs:0.00} search_only_speedup={searchMs / sdgmapMs:0.00}"));
    Console.WriteLine(Line($"  elements/s: sdgmap {elements.Count / (sdgmapMs / 1000):N0}, lucene index+search {elements.Count / (luceneMs / 1000):N0}, lucene search only {elements.Count / (searchMs / 1000):N0}"));
    Console.WriteLine(Line($"  pairs: sdgmap {sdgmap.Count:N0}, lucene {lucene.Count:N0}, both {both:N0}, only sdgmap {sdgmap.Count - both:N0}, only lucene {lucene.Count - both:N0}, jaccard {(union == 0 ? 1 : both / (double)union):0.000}, lucene's precision against sdgmap {(lucene.Count == 0 ? 1 : both / (double)lucene.Count):0.000}, recall {(sdgmap.Count == 0 ? 1 : both / (double)sdgmap.Count):0.000}"));
    Console.WriteLine(Line($"  entries without a query {unexpressed}, prefixes after several words approximated {LexiconQueries.Approximated}"));

    // SdgMap as a user runs it, on the real graph: parents lend context, declared links are not suggested.
    var declared = elements.SelectMany((e, n) => e.Element.Sdg.Select(s => (n, s))).ToHashSet();
    var luceneUndeclared = lucene.Where(p => !declared.Contains(p)).ToHashSet();
    var bothReal = inContext.Count(luceneUndeclared.Contains);
    Console.WriteLine(Line($"  with parents and declared links (sdgmap as run): sdgmap {inContext.Count:N0} (of them from a parent's words {inContext.Count(p => !sdgmap.Contains(p)):N0}), lucene minus declared {luceneUndeclared.Count:N0}, both {bothReal:N0}, jaccard {bothReal / (double)(inContext.Count + luceneUndeclared.Count - bothReal):0.000}"));

    foreach (var (label, pairs) in new[] { ("only lucene", lucene.Where(p => !sdgmap.Contains(p))), ("only sdgmap", sdgmap.Where(p => !lucene.Contains(p))) })
    {
        foreach (var (n, sdg) in pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2).Take(4))
        {
            var e = elements[n].Element;
            var text = string.Join(" / ", new[] { e.Title, e.TargetState?.Text, e.Description }.Where(t => t is not null)).ReplaceLineEndings(" ");
            Console.WriteLine(Line($"  {label}: {elements[n].Plan}#{e.Id} {sdg} [{string.Join("; ", entries.Where(x => x.Sdg == sdg).Select(x => x.ToString()).Take(3))}] {text[..Math.Min(120, text.Length)]}"));
        }
    }

    reader?.Dispose();
}

static DirectoryReader Index(List<PlanElement> elements, CjkAnalyzer analyzer)
{
    var directory = new RAMDirectory();
    using (var writer = new IndexWriter(directory, new IndexWriterConfig(CjkAnalyzer.Version, analyzer) { RAMBufferSizeMB = 256 }))
    {
        Parallel.For(0, elements.Count, n =>
        {
            var e = elements[n];
            var document = new Document { new NumericDocValuesField("n", n) };
            foreach (var text in OwnTexts(e))
            {
                document.Add(new TextField(LexiconQueries.Field, text, Field.Store.NO));
            }

            writer.AddDocument(document);
        });
        writer.Commit();
    }

    return DirectoryReader.Open(directory);
}

// The texts SdgMap reads of an element (SdgMap.Suggestions.ElementFields.Own): title, target state, description, sections, KPI names.
static IEnumerable<string> OwnTexts(PlanElement e)
{
    IEnumerable<string?> all = [e.Title, e.TargetState?.Text, e.Description, .. e.Sections.Select(s => s.Text), .. e.Kpis.Select(k => k.Name)];
    return all.Where(t => !string.IsNullOrWhiteSpace(t))!;
}

static double Median(int runs, Func<int> work)
{
    work();
    var times = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        work();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
