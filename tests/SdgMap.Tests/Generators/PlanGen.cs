using FsCheck;
using FsCheck.Fluent;
using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Tests.Generators;

/// <summary>Generators of plans shaped like real ones: Japanese text, a level hierarchy, SDG links, tags, KPIs.</summary>
public static class PlanGen
{
    private static readonly string[] Words =
    [
        "地域", "コミュニティ", "協働", "子育て", "支援", "防災", "医療", "介護", "予防", "住まい", "生活", "環境",
        "教育", "文化", "ＩＣＴ", "推進", "充実", "強化", "まちづくり", "１－２", "経３-３", "SDGs", "🌸", "\"引用\"", "a\\b", "改行\nあり", "<script>", "=SUM(A1)",
    ];

    private static readonly SdgId[] SdgIds =
        [.. SdgCatalog.Default.Goals.Select(g => g.Id), .. SdgCatalog.Default.Targets.Select(t => t.Id)];

    public static Gen<string> Text { get; } =
        Gen.Elements(Words).NonEmptyListOf().Select(ws => string.Concat(ws.Take(6)));

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)));

    public static Gen<SdgId> Sdg { get; } = Gen.Elements(SdgIds);

    public static Gen<KpiMeasurement?> Measurement { get; } =
        from value in Gen.Elements<string?>(null, "12.3", "1,200", "増加", "－")
        from year in Gen.Elements<int?>(null, 2021, 2027)
        from present in Gen.Elements(true, false)
        select present ? new KpiMeasurement { Value = value, FiscalYear = year } : null;

    public static Gen<Plan> Plan { get; } =
        from levelCount in Gen.Choose(1, 4)
        from elementCount in Gen.Choose(0, 25)
        from title in Text
        from seeds in Gen.Choose(0, int.MaxValue).ArrayOf(elementCount)
        from elements in Gen.CollectToArray(Enumerable.Range(0, elementCount), i => Element(i, levelCount))
        from withTaxonomy in Gen.Elements(true, false)
        from lost in OptionalText.ListOf(2)
        select new Plan
        {
            Id = "gen-plan",
            Municipality = new Municipality { Name = "架空市", NameEn = "Kaku", Code = "112283" },
            Title = title,
            Period = new FiscalPeriod { FromFiscalYear = 2026, ToFiscalYear = 2035 },
            Levels = [.. Enumerable.Range(1, levelCount).Select(d => new PlanLevel { Name = $"階層{d}" })],
            Taxonomies = withTaxonomy
                ? [new Taxonomy { Id = "reform", Name = "行革の視点", Terms = [new TaxonomyTerm { Id = "1", Label = "市民サービス", PrintedMark = "①", Members = elementCount > 0 ? [new TermMember { Element = "e0", PrintedTitle = "题" }] : [] }] }]
                : [],
            Lost = [.. lost.OfType<string>()],
            Elements = [.. elements.Select((e, i) => i == 0 ? e with { Parent = null } : e with { Parent = seeds[i] % 3 == 0 ? null : $"e{seeds[i] % i}" })],
        };

    private static Gen<PlanElement> Element(int i, int levelCount) =>
        from level in Gen.Choose(1, levelCount)
        from code in OptionalText
        from title in OptionalText
        from description in OptionalText
        from sdg in Sdg.ListOf().Select(l => l.Take(6).ToArray())
        from marks in Gen.Elements<SdgMarks?>(null, SdgMarks.Declared, SdgMarks.None, SdgMarks.Lost)
        from tags in Gen.Elements(new Tag("care", "medical"), new Tag("care", "housing"), new Tag("reform", "1")).ListOf().Select(l => l.Distinct().ToArray())
        from kpiCount in Gen.Choose(0, 2)
        from baseline in Measurement
        from target in Measurement
        from priority in Gen.Elements(true, false)
        from suggested in Gen.Elements(true, false)
        select new PlanElement
        {
            Id = $"e{i}",
            Code = code,
            Level = $"階層{level}",
            Title = title,
            Description = description,
            TargetState = description is null ? null : new LabelledText { Label = "10年後の姿", Text = description },
            Sections = title is null ? [] : [new LabelledText { Label = "現状と課題", Text = title }],
            Sdg = sdg,
            SdgMarks = marks,
            Tags = tags,
            Suggested = suggested && sdg.Length > 0 ? new SuggestedLinks { Sdg = [new SuggestedSdgLink { Id = sdg[0], By = "test", Confidence = 0.5 }] } : null,
            Kpis = [.. Enumerable.Range(0, kpiCount).Select(k => new Kpi { Id = $"e{i}/k{k}", Name = title ?? "指標", Unit = code, Baseline = baseline, Target = target, IsRepost = k == 1, RepostOf = k == 1 ? $"e{i}/k0" : null })],
            RelatedPlans = description is null ? [] : ["地域福祉計画"],
            Priority = priority,
            Lost = title is null ? [LostField.Title] : [],
            Source = new SourceLocation { Line = i + 1 },
        };
}

/// <summary>FsCheck arbitraries for the properties.</summary>
public static class Arbitraries
{
    public static Arbitrary<Plan> Plan() => PlanGen.Plan.ToArbitrary();

    public static Arbitrary<SdgId> SdgId() => PlanGen.Sdg.ToArbitrary();
}
