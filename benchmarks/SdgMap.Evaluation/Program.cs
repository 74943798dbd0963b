using System.Globalization;
using System.Text;
using SdgMap.Catalog;
using SdgMap.Evaluation;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Suggestions;

// The suggester's evaluation: every labelled set, SdgMap's suggester beside the naive goal-name
// baseline, at the default threshold and by rank. No timing here; BenchmarkDotNet measures speed.
//   dotnet run -c Release --project benchmarks/SdgMap.Evaluation [-- --write]
var root = FindRoot();
var data = Path.Combine(root, "benchmarks", "SdgMap.Evaluation", "data");
var baseline = Lexicon.Load(Path.Combine(root, "benchmarks", "SdgMap.Evaluation", "baseline-goal-names.tsv"));
var sets = new List<LabelledSet>
{
    LabelledSet.KukiWithoutLinks(Path.Combine(root, "data", "plans"), targets: false),
    LabelledSet.KukiWithoutLinks(Path.Combine(root, "data", "plans"), targets: true),
};
void AddIfPresent(string name, string file, bool targets, Func<string, bool>? filter = null)
{
    var path = Path.Combine(data, file);
    if (File.Exists(path))
    {
        sets.Add(LabelledSet.FromTsv(name, path, targets, filter));
    }
}

AddIfPresent("dpg-registry (en, goals)", "dpg-registry/dpg-registry.tsv", targets: false);
AddIfPresent("dpg-registry-ja (ja, goals)", "dpg-registry-ja/dpg-registry-ja.tsv", targets: false);
AddIfPresent("swisstext2024 train (en, goals) — development set", "swisstext2024-goals/swisstext2024-goals.tsv", targets: false, id => id.StartsWith("train:", StringComparison.Ordinal));
AddIfPresent("swisstext2024 test (en, goals)", "swisstext2024-goals/swisstext2024-goals.tsv", targets: false, id => id.StartsWith("test:", StringComparison.Ordinal));
AddIfPresent("swisstext2024 test (en, targets)", "swisstext2024-targets/swisstext2024-targets.tsv", targets: true, id => id.StartsWith("test:", StringComparison.Ordinal));

var report = new StringBuilder();
var thresholds = new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 };
report.AppendLine(CultureInfo.InvariantCulture, $"Default threshold {SuggestOptions.DefaultMinScore}. Micro and macro figures at that threshold; P@1, P@3, hit@3 and recall@3 by rank (every score). Macro figures average over the labels the gold set uses.");
report.AppendLine();
report.AppendLine("| set | system | items | micro P | micro R | micro F1 | macro P | macro R | macro F1 | macro acc | P@1 | P@3 | hit@3 | recall@3 | negatives with a suggestion |");
report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
var calibration = new StringBuilder();
calibration.AppendLine("| set | " + string.Join(" | ", thresholds.Select(t => $"P at ≥{t:0.0} (n)")) + " |");
calibration.AppendLine("|---|" + string.Concat(thresholds.Select(_ => "---|")));
foreach (var set in sets)
{
    var labelSpace = set.Targets ? SdgCatalog.Default.Targets.Select(t => t.Id).ToList() : SdgCatalog.Default.Goals.Select(g => g.Id).ToList();
    var systems = new (string Name, SuggestOptions Options)[]
    {
        ("SdgMap", new SuggestOptions()),
        ("  lexicon only", new SuggestOptions { UseTargetTexts = false, LearnFromDeclared = false, RollUp = false }),
        ("  target texts only", new SuggestOptions { Lexicon = Lexicon.Of([]), LearnFromDeclared = false, RollUp = false }),
        ("baseline: goal names", new SuggestOptions { Lexicon = baseline, UseTargetTexts = false, LearnFromDeclared = false, RollUp = false }),
    };
    foreach (var (system, options) in systems)
    {
        var full = system == "SdgMap";
        if (set.Targets && options.Lexicon == baseline)
        {
            continue; // goal names say nothing about targets
        }

        var ranked = Rank(set, options);
        var m = Metrics.Of(set.Gold, ranked, SuggestOptions.DefaultMinScore, labelSpace);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {set.Name} | {system} | {m.Items} | {m.MicroPrecision:0.000} | {m.MicroRecall:0.000} | {m.MicroF1:0.000} | {m.MacroPrecision:0.000} | {m.MacroRecall:0.000} | {m.MacroF1:0.000} | {m.MacroAccuracy:0.000} | {m.PrecisionAt1:0.000} | {m.PrecisionAt3:0.000} | {m.HitAt3:0.000} | {m.RecallAt3:0.000} | {(m.NegativeItems == 0 ? "–" : $"{m.NegativeWithSuggestion}/{m.NegativeItems}")} |");
        if (full || (set.Name.Contains("development", StringComparison.Ordinal) && system.Contains("target texts", StringComparison.Ordinal)))
        {
            calibration.Append(CultureInfo.InvariantCulture, $"| {set.Name}{(full ? string.Empty : $" ({system.Trim()})")} |");
            foreach (var t in thresholds)
            {
                var at = Metrics.Of(set.Gold, ranked, t, labelSpace);
                calibration.Append(CultureInfo.InvariantCulture, $" {at.MicroPrecision:0.00} ({at.Predicted}) |");
            }

            calibration.AppendLine();
        }
    }
}

report.AppendLine();
report.AppendLine("Precision of SdgMap's suggestions at each score threshold (how many suggestions reach it):");
report.AppendLine();
report.Append(calibration);
Console.Write(report);
if (args.Contains("--write"))
{
    var results = Path.Combine(root, "benchmarks", "SdgMap.Evaluation", "RESULTS.md");
    var text = File.ReadAllText(results);
    const string begin = "<!-- results:begin -->", end = "<!-- results:end -->";
    var a = text.IndexOf(begin, StringComparison.Ordinal);
    var b = text.IndexOf(end, StringComparison.Ordinal);
    File.WriteAllText(results, text[..(a + begin.Length)] + "\n" + report + text[b..]);
}

static Dictionary<ElementNode, List<(SdgId Sdg, double Score)>> Rank(LabelledSet set, SuggestOptions system)
{
    // Every score is kept so that ranks and thresholds are measured on one run.
    var options = system with { By = set.Targets ? SdgLevel.Target : SdgLevel.Goal, MinScore = 0.01, Top = null };
    var wanted = set.Gold.Keys.ToHashSet();
    return set.Graph.Suggest(options)
        .Where(s => wanted.Contains(s.Element))
        .GroupBy(s => s.Element)
        .ToDictionary(g => g.Key, g => g.Select(s => (s.Sdg!.Value, s.Score)).ToList());
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "SdgMap.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the SdgMap repository");
}
