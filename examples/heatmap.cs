#:project ../src/SdgMap/SdgMap.csproj
// The shipped plans × the 17 goals as an SVG heatmap in the goals' colours: heatmap.svg.
// Run from the repository root: dotnet run examples/heatmap.cs [plans folder] [output.svg]
// Declared links count, and so do the links SdgMap's suggester proposes from each element's text
// (most shipped plans lost their SDG marks in the PDF text); the caption says so.
using SdgMap.Export;
using SdgMap.Graph;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Suggestions;

var plansFolder = args.Length > 0 ? args[0] : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "data", "plans");
var output = args.Length > 1 ? args[1] : "heatmap.svg";

var graph = PlanGraph.Build(PlanFiles.LoadAll([plansFolder]));
var suggestions = graph.Suggest();
graph = PlanGraph.Build(graph.Plans.Select(plan => plan.WithSuggestions(suggestions.Where(s => s.Element.PlanId == plan.Id))));

var matrix = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals, new QueryScope { IncludeSuggested = true });
var municipality = graph.Plans.ToDictionary(p => p.Id, p => p.Municipality.Name);
var svg = CoverageChart.Heatmap(matrix, new HeatmapOptions
{
    Title = "計画 × SDGs 17ゴール（記載されたリンクと提案されたリンクを含む要素数）",
    RowLabel = row => municipality[row.Plan],
});
File.WriteAllText(output, svg);
Console.WriteLine($"{output}: {matrix.Rows.Count} plans × {matrix.Columns.Count} goals, {svg.Length:N0} characters");
