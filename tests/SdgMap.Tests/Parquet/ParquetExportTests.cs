using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Benchmarks.Corpus;
using SdgMap.Graph;
using SdgMap.Model;
using SdgMap.Parquet;
using SdgMap.Queries;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Parquet;

public sealed class ParquetExportTests
{
    private static readonly Lazy<PlanGraph> Shipped = new(() => PlanGraph.Build(PlanFiles.LoadAll([RepoPaths.Plans])));
    private static readonly Lazy<string> ShippedExport = new(() => ParquetFixture.Export(Shipped.Value));

    // The documented types as Parquet stores them: physical type, and the UTF-8 annotation for strings.
    private static readonly Dictionary<string, string> PhysicalTypes = new(StringComparer.Ordinal)
    {
        ["string"] = "BYTE_ARRAY UTF8",
        ["int32"] = "INT32 INT_32",
        ["double"] = "DOUBLE ",
        ["boolean"] = "BOOLEAN ",
    };

    [Fact]
    public void WriteAsync_ShippedPlans_WritesEveryDocumentedTableWithItsDocumentedColumnsTypesAndNullability()
    {
        Assert.Equal(ParquetExport.Tables.Order(StringComparer.Ordinal), ParquetDocs.Tables.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, documented) in ParquetDocs.Tables)
        {
            var actual = ParquetFixture.Query(ShippedExport.Value, $"SELECT name, type, converted_type, repetition_type FROM parquet_schema('{{dir}}/{table}.parquet') WHERE num_children IS NULL")
                .Select(r => $"{r[0]} {r[1]} {r[2]} {r[3]}");
            Assert.Equal(documented.Select(c => $"{c.Name} {PhysicalTypes[c.Type]} {(c.Nullable ? "OPTIONAL" : "REQUIRED")}"), actual);
        }
    }

    [Fact]
    public void WriteAsync_ShippedPlans_DictionaryEncodesRepeatedStringColumns()
    {
        var columns = new[]
        {
            ("elements", "plan"), ("elements", "level"), ("sdg_links", "plan"), ("sdg_links", "element"), ("sdg_links", "sdg"), ("sdg_links", "provenance"), ("sdg_links", "via"),
            ("tags", "taxonomy"), ("reuse_groups", "kind"), ("reuse_groups", "matched"), ("reuse_groups", "plan"), ("reuse_groups", "title"),
        };
        foreach (var (table, column) in columns)
        {
            var encodings = ParquetFixture.Query(ShippedExport.Value, $"SELECT DISTINCT encodings FROM parquet_metadata('{{dir}}/{table}.parquet') WHERE path_in_schema = '{column}'");
            Assert.All(encodings, e => Assert.True(((string)e[0]!).Contains("DICTIONARY", StringComparison.Ordinal), $"{table}.{column} is encoded {e[0]}"));
        }
    }

    [Fact]
    public void WriteAsync_ShippedPlans_RowCountsEqualTheGraphs()
    {
        var graph = Shipped.Value;
        var dir = ShippedExport.Value;
        var elements = graph.Plans.SelectMany(p => p.Elements).ToList();
        Assert.Equal(graph.Plans.Count, ParquetFixture.Count(dir, "plans"));
        Assert.Equal(elements.Count, ParquetFixture.Count(dir, "elements"));
        Assert.Equal(elements.Sum(e => e.Kpis.Count), ParquetFixture.Count(dir, "kpis"));
        Assert.Equal(elements.Sum(e => e.Sdg.Where(graph.Catalog.Contains).Distinct().Count()), ParquetFixture.Count(dir, "sdg_links", "provenance = 'declared'"));
        Assert.Equal(graph.Reuse().Sum(g => g.Elements.Count), ParquetFixture.Count(dir, "reuse_groups"));
        Assert.Equal(
            graph.Plans.Sum(p => p.Elements.Sum(e => e.Tags.Concat(p.Taxonomies.SelectMany(t => t.Terms.Where(m => m.Members.Any(x => x.Element == e.Id)).Select(m => new Tag(t.Id, m.Id)))).Distinct().Count())),
            ParquetFixture.Count(dir, "tags", "provenance = 'declared'"));
    }

    [Fact]
    public void WriteAsync_ShippedPlans_ElementColumnsAreNullExactlyWhereThePlanHasNoValue()
    {
        var graph = Shipped.Value;
        var dir = ShippedExport.Value;
        var elements = graph.Plans.SelectMany(p => p.Elements.Select(e => (Plan: p, Element: e))).ToList();
        Assert.Equal(elements.Count(x => x.Element.Code is null), ParquetFixture.Count(dir, "elements", "code IS NULL"));
        Assert.Equal(elements.Count(x => x.Element.Title is null), ParquetFixture.Count(dir, "elements", "title IS NULL"));
        Assert.Equal(elements.Count(x => x.Element.Description is null), ParquetFixture.Count(dir, "elements", "description IS NULL"));
        Assert.Equal(elements.Count(x => x.Plan.DepthOf(x.Element.Level) == 0), ParquetFixture.Count(dir, "elements", "depth IS NULL"));
        Assert.Equal(elements.Count(x => graph.ParentOf(new ElementNode(x.Plan.Id, x.Element.Id)) is null), ParquetFixture.Count(dir, "elements", "parent IS NULL"));
        Assert.True(ParquetFixture.Count(dir, "elements", "code IS NULL") > 0, "the shipped plans have elements with no printed code");
    }

    [Fact]
    public void WriteAsync_ShippedPlans_TargetIsNullExactlyForGoalLinksAndScoreOnlyOnSuggestions()
    {
        var dir = ShippedExport.Value;
        Assert.Equal(0, ParquetFixture.Count(dir, "sdg_links", "(target IS NULL) <> (sdg NOT LIKE '%.%')"));
        Assert.Equal(0, ParquetFixture.Count(dir, "sdg_links", "target IS NOT NULL AND CAST(split_part(target, '.', 1) AS INTEGER) <> goal"));
        Assert.Equal(0, ParquetFixture.Count(dir, "sdg_links", "provenance <> 'suggested' AND (score IS NOT NULL OR method IS NOT NULL OR suggested_by IS NOT NULL)"));
        Assert.Equal(0, ParquetFixture.Count(dir, "sdg_links", "(provenance = 'inherited') <> (via IS NOT NULL)"));
    }

    [Fact]
    public void WriteAsync_ShippedPlans_InheritedRowsAreTheGraphsInheritedLinksWithTheirNearestAncestor()
    {
        var graph = Shipped.Value;
        var expected = graph.Elements()
            .SelectMany(n => graph.SdgLinksOf(n).Where(l => l.Provenance == LinkProvenance.Inherited && graph.Catalog.Contains(l.Sdg))
                .Select(l => $"{n.PlanId}|{n.ElementId}|{l.Sdg}|{l.From.ElementId}"))
            .Order(StringComparer.Ordinal);
        var actual = ParquetFixture.Query(ShippedExport.Value, "SELECT plan, element, sdg, via FROM '{dir}/sdg_links.parquet' WHERE provenance = 'inherited'")
            .Select(r => string.Join('|', r)).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void WriteAsync_ShippedPlans_RolledUpRowsAreTheDescendantsLinksTheElementDoesNotDeclare()
    {
        var graph = Shipped.Value;
        var expected = graph.Elements()
            .SelectMany(n =>
            {
                var own = graph.Element(n).Sdg.ToHashSet();
                return graph.DescendantsOf(n).SelectMany(d => graph.Element(d).Sdg).Where(graph.Catalog.Contains).Where(id => !own.Contains(id)).Distinct()
                    .Select(id => $"{n.PlanId}|{n.ElementId}|{id}");
            })
            .Order(StringComparer.Ordinal);
        var actual = ParquetFixture.Query(ShippedExport.Value, "SELECT plan, element, sdg FROM '{dir}/sdg_links.parquet' WHERE provenance = 'rolled-up'")
            .Select(r => string.Join('|', r)).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void WriteAsync_ShippedPlans_DuckDbPlansByGoalsQueryOfTheDocsEqualsTheCoverageMatrix() =>
        AssertDocumentedQueryMatchesMatrix(Shipped.Value, ShippedExport.Value);

    [Fact]
    public void Readme_ShowsTheSamePlansByGoalsQueryAsTheTestedDocs()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains("```sql\n" + DocumentedQuery().Replace("'{dir}/", "'tables/", StringComparison.Ordinal) + "\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAsync_GeneratedNationalCorpusSample_DuckDbPlansByGoalsQueryEqualsTheCoverageMatrix()
    {
        var graph = SyntheticCorpus.Graph(12);
        AssertDocumentedQueryMatchesMatrix(graph, ParquetFixture.Export(graph, new ParquetExportOptions { PlansPerRowGroup = 5, Reuse = null }));
    }

    [Property(MaxTest = 15)]
    public Property WriteAsync_GeneratedPlans_DuckDbPlansByGoalsQueryEqualsTheCoverageMatrix() =>
        Prop.ForAll(Arb.From(PlanGen.Plan.ListOf().Select(l => l.Take(4).ToArray())), plans =>
        {
            var graph = PlanGraph.Build(plans.Select((p, i) => p with { Id = $"gen-plan-{i}" }));
            AssertDocumentedQueryMatchesMatrix(graph, ParquetFixture.Export(graph, new ParquetExportOptions { PlansPerRowGroup = 2 }));
        });

    [Fact]
    public void WriteAsync_SameGraphTwice_WritesIdenticalBytes()
    {
        var second = ParquetFixture.Export(Shipped.Value);
        foreach (var table in ParquetExport.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(ShippedExport.Value, $"{table}.parquet")), File.ReadAllBytes(Path.Combine(second, $"{table}.parquet")));
        }
    }

    [Fact]
    public void WriteAsync_TwelvePlansFivePerRowGroup_WritesThreeRowGroupsPerPlanTable()
    {
        var graph = SyntheticCorpus.Graph(12);
        var dir = ParquetFixture.Export(graph, new ParquetExportOptions { PlansPerRowGroup = 5, Reuse = null });
        foreach (var table in new[] { "plans", "elements", "sdg_links", "tags", "kpis" })
        {
            Assert.Equal(3, ParquetFixture.RowGroups(Path.Combine(dir, $"{table}.parquet")));
        }
    }

    [Fact]
    public void WriteAsync_ChainOf3000EachDeclaringOneTarget_InheritsEveryAncestorsTargetOnce()
    {
        var targets = Shipped.Value.Catalog.Targets;
        var elements = Enumerable.Range(0, 3000).Select(i => new PlanElement
        {
            Id = $"e{i}",
            Level = "施策",
            Parent = i == 0 ? null : $"e{i - 1}",
            Sdg = [targets[i % targets.Count].Id],
        });
        var plan = new Plan { Id = "chain", Municipality = new Municipality { Name = "架空市" }, Title = "鎖", Levels = [new PlanLevel { Name = "施策" }], Elements = [.. elements] };
        var graph = PlanGraph.Build([plan]);
        var dir = ParquetFixture.Export(graph, new ParquetExportOptions { Reuse = null });

        // Element i inherits each distinct target of its i ancestors, except the one it declares itself.
        var expected = Enumerable.Range(0, 3000).Sum(i => Enumerable.Range(0, i).Select(a => a % targets.Count).Distinct().Count(t => t != i % targets.Count));
        Assert.Equal(expected, ParquetFixture.Count(dir, "sdg_links", "provenance = 'inherited'"));
        Assert.Equal(0, ParquetFixture.Count(dir, "sdg_links", "provenance = 'inherited' AND CAST(substr(via, 2) AS INTEGER) >= CAST(substr(element, 2) AS INTEGER)"));
    }

    [Fact]
    public void WriteAsync_DirectoryIsAFile_ThrowsIOExceptionNamingIt()
    {
        var file = Path.Combine(ParquetFixture.TempFolder(), "taken");
        File.WriteAllText(file, "keep me");
        var e = Assert.Throws<IOException>(() => ParquetExport.WriteAsync(Shipped.Value, file).GetAwaiter().GetResult());
        Assert.Contains(file, e.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void PlansPerRowGroup_Zero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetExportOptions { PlansPerRowGroup = 0 });

    private static void AssertDocumentedQueryMatchesMatrix(PlanGraph graph, string dir)
    {
        var matrix = graph.CoverageMatrix(MatrixAxis.Plans, MatrixAxis.Goals);
        var expected = new List<string>();
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                if (matrix.Count(r, c) > 0)
                {
                    expected.Add($"{matrix.Rows[r].Plan}|{matrix.Columns[c]}|{matrix.Count(r, c)}");
                }
            }
        }

        var actual = ParquetFixture.Query(dir, DocumentedQuery()).Select(row => string.Join('|', row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal(expected, actual);
    }

    // The SQL block of docs/parquet.md, run on the export instead of its example folder.
    private static string DocumentedQuery()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "parquet.md"));
        var start = Array.IndexOf(lines, "```sql") + 1;
        var end = Array.IndexOf(lines, "```", start);
        return string.Join('\n', lines[start..end]).Replace("'tables/", "'{dir}/", StringComparison.Ordinal);
    }
}
