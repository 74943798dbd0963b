#:project ../src/SdgMap/SdgMap.csproj
// Five questions an analyst asks of the shipped plans, answered with SdgMap's query API.
// Run from the repository root: dotnet run examples/analyst-questions.cs
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Suggestions;

var plansFolder = args.Length > 0 ? args[0] : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "data", "plans");
var graph = PlanGraph.Build(PlanFiles.LoadAll([plansFolder]));

// 1. Which SDG goals does each municipality's plan cover, side by side?
Console.WriteLine("1. Goals covered per plan (number of elements linking to each goal)");
var matrix = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
Console.WriteLine($"{"plan",-48} " + string.Join(" ", matrix.Columns.Select(c => c.Key.PadLeft(3))));
for (var r = 0; r < matrix.Rows.Count; r++)
{
    Console.WriteLine($"{matrix.Rows[r].Key,-48} " + string.Join(" ", matrix.Columns.Select((_, c) => matrix.Count(r, c).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(3))));
}

// 2. Where do plans fall short on SDG links: none declared, or marks lost in the PDF text?
Console.WriteLine();
Console.WriteLine("2. Elements without an SDG link, by cause");
foreach (var group in graph.Gaps().Where(g => g.Kind is GapKind.NoSdgLink or GapKind.SdgMarksLost or GapKind.PlanWithoutSdgLinks)
             .GroupBy(g => (g.Plan, g.Kind)))
{
    Console.WriteLine($"  {group.Key.Plan}: {group.Count()} × {group.Key.Kind}");
}

// 3. Which targets does more than one measure serve, within or across plans?
Console.WriteLine();
Console.WriteLine("3. Targets served from more than one place");
foreach (var row in graph.Coverage(SdgLevel.Target, combined: true).Where(r => r.Count > 1).OrderByDescending(r => r.Count).Take(10))
{
    // Each element is an ElementRef: its plan, printed code and title, and its vertex for graph.Element.
    var first = graph.Element(row.Elements[0].Node);
    Console.WriteLine($"  {row.Sdg,-6} {row.Count} elements: {string.Join(", ", row.Elements.Select(e => e.QualifiedCode))} (first at level {first.Level})");
}

// 4. Which measures are the same or nearly the same work in different municipalities?
Console.WriteLine();
Console.WriteLine("4. The same work in more than one plan");
foreach (var group in graph.Reuse(new ReuseOptions { MinSimilarity = 0.7 }).Where(g => g.Elements.Select(e => e.PlanId).Distinct().Count() > 1).Take(10))
{
    Console.WriteLine($"  {group.Kind} ({group.Score:F2}): {string.Join(" | ", group.Elements.Select(e => $"{e.QualifiedCode}「{e.Title}」"))}");
}

// 5. Which goals would the plans that lost their SDG icons cover, by the suggester's reading of their text?
Console.WriteLine();
Console.WriteLine("5. Goals the suggester reads in each plan's text (score ≥ 0.7, best three per element)");
var suggested = graph.Suggest(new SuggestOptions { By = SdgLevel.Goal, MinScore = 0.7, Top = 3 });
foreach (var plan in suggested.GroupBy(s => s.Element.PlanId))
{
    var goals = plan.GroupBy(s => s.Sdg!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}");
    Console.WriteLine($"  {plan.Key}: {string.Join(" ", goals)}");
}
