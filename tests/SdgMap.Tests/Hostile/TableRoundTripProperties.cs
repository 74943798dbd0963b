using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Catalog;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// Export to the flat table and import again is the identity on what the table holds, for plans
/// with hostile text: leading TAB, CR, spaces and apostrophes, formula characters (ASCII and
/// full-width), numbers that are not numbers (<c>+NaN</c>), quotes, separators, control and
/// bidirectional characters, and KPIs at the edges of the year range.
/// </summary>
public sealed class TableRoundTripProperties
{
    private static readonly PlanCsv.PlanHeader Header = new() { Id = "rt", Municipality = new Municipality { Name = "架空市" }, Title = "往復" };

    private static readonly string[] Pieces =
    [
        "\t", "\r", "\r\n", "\n", " ", "  ", "'", "''", "=", "+", "-", "@", "＝", "＋", "－", "＠", "+NaN", "-Infinity", "-5", "+1.5e3",
        "1,200", "\"", ",", ";", "；", "\0", "\u001b[2J", "\u202e", "\u200b", "\uFEFF", "医療", "介護", "a", "=SUM(A1)", "'=", "　",
    ];

    private static Gen<string> Hostile { get; } =
        Gen.Elements(Pieces).NonEmptyListOf().Select(ps => string.Concat(ps.Take(5)));

    private static Gen<string?> OptionalHostile { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, Hostile.Select(h => (string?)h)));

    private static Gen<KpiMeasurement?> Measurement { get; } =
        from value in OptionalHostile
        from year in Gen.Elements<int?>(null, 1900, 2026, 2200)
        select value is null && year is null ? null : new KpiMeasurement { Value = value, FiscalYear = year };

    private static Gen<Kpi> KpiGen(string elementId, int n) =>
        from name in Hostile
        from unit in OptionalHostile
        from baseline in Measurement
        from target in Measurement
        select new Kpi { Id = $"{elementId}/k{n}", Name = name, Unit = unit, Baseline = baseline, Target = target };

    private static Gen<(PlanElement Element, int Parent)> ElementGen(int i, string[] levels) =>
        from id in Hostile.Select(h => $"{h}#{i}")
        from level in Gen.Elements(levels)
        from parent in i == 0 ? Gen.Constant(-1) : Gen.Choose(-1, i - 1)
        from code in OptionalHostile
        from title in OptionalHostile
        from description in OptionalHostile
        from sdg in Gen.Elements(SdgId.Parse("3"), SdgId.Parse("3.8"), SdgId.Parse("16.a")).ListOf().Select(l => l.Distinct().ToArray())
        from tags in Gen.Elements(new Tag("care", "medical"), new Tag("reform", "1")).ListOf().Select(l => l.Distinct().ToArray())
        from priority in Gen.Elements(true, false)
        from kpiCount in Gen.Choose(0, 3)
        from kpis in Gen.CollectToArray(Enumerable.Range(1, kpiCount), k => KpiGen(id, k))
        select (new PlanElement
        {
            Id = id,
            Level = level,
            Code = code,
            Title = title,
            Description = description,
            Sdg = sdg,
            Tags = tags,
            Priority = priority,
            Kpis = kpis,
        }, parent);

    private static Gen<Plan> PlanGen { get; } =
        from levels in Hostile.ListOf(2).Select(l => new[] { l[0] + "#L1", l[1] + "#L2" })
        from count in Gen.Choose(1, 12)
        from raw in Gen.CollectToArray(Enumerable.Range(0, count), i => ElementGen(i, levels))
        select new Plan
        {
            Id = Header.Id,
            Municipality = Header.Municipality,
            Title = Header.Title,
            Levels = [.. levels.Select(l => new PlanLevel { Name = l })],
            Elements = [.. raw.Select(r => r.Element with { Parent = r.Parent < 0 ? null : raw[r.Parent].Element.Id })],
        };

    public static class Plans
    {
        public static Arbitrary<Plan> Plan() => PlanGen.ToArbitrary();
    }

    private static string Export(Plan plan)
    {
        var writer = new StringWriter();
        PlanCsv.Write(plan, writer);
        return writer.ToString();
    }

    [Property(Arbitrary = [typeof(Plans)], MaxTest = 300)]
    public void ExportThenImport_IsTheIdentity_OnHostileText(Plan generated)
    {
        // Only plans the reader accepts: the plan goes through its own file format first.
        var plan = PlanJson.Parse(PlanJson.ToUtf8Bytes(generated)).Plan;
        var back = PlanCsv.Parse(Export(plan), Header);
        Assert.Equal(plan.Elements, back.Elements);
        Assert.Equal(plan.Elements.Select(e => e.Level).ToHashSet(), back.Levels.Select(l => l.Name).ToHashSet());
    }

    [Theory]
    [InlineData("\tタブで始まる")]
    [InlineData("\r復帰で始まる")]
    [InlineData("'=")]
    [InlineData("''=")]
    [InlineData(" =X")]
    [InlineData("  前後に空白  ")]
    [InlineData("\n改行で始まる\n")]
    [InlineData("+NaN")]
    [InlineData("-Infinity")]
    [InlineData("＝全角の等号")]
    [InlineData("-5")]
    [InlineData("'")]
    public void ExportThenImport_ThroughTheCommandLine_KeepsTheTitle(string title)
    {
        var folder = Directory.CreateTempSubdirectory("sdgmap-roundtrip-");
        try
        {
            var plan = new Plan
            {
                Id = "rt",
                Municipality = new Municipality { Name = "架空市" },
                Title = "往復",
                Levels = [new PlanLevel { Name = "施策" }],
                Elements =
                [
                    new PlanElement
                    {
                        Id = "1",
                        Level = "施策",
                        Title = title,
                        Kpis = [new Kpi { Id = "1/k1", Name = title, Target = new KpiMeasurement { Value = title, FiscalYear = 2200 } }, new Kpi { Id = "1/k2", Name = "二つ目", Baseline = new KpiMeasurement { Value = "1", FiscalYear = 1900 } }],
                    },
                ],
            };
            var json = Path.Combine(folder.FullName, "plan.json");
            var csv = Path.Combine(folder.FullName, "plan.csv");
            var again = Path.Combine(folder.FullName, "again.json");
            PlanJson.Save(plan, json);
            Assert.Equal(0, HostileCorpusTests.Run("export", json, "--to", "csv", "-o", csv).Code);
            Assert.Equal(0, HostileCorpusTests.Run("import", csv, "--id", "rt", "--municipality", "架空市", "--title", "往復", "-o", again).Code);
            Assert.Equal(plan.Elements, PlanJson.Load(again).Plan.Elements);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
