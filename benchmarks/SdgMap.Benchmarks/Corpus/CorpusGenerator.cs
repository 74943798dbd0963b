using System.Globalization;
using SdgMap.Catalog;
using SdgMap.Model;

namespace SdgMap.Benchmarks.Corpus;

/// <summary>
/// A deterministic synthetic national corpus: N plans shaped like the shipped ones (about 6
/// policies, 27 measures, 109 projects and 450 initiatives each), with Japanese titles
/// recombined from the shipped plans' own text, SDG links with a realistic spread, tags, KPIs,
/// theme memberships, and near-duplicate titles planted across plans with their ground truth.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Levels = ["政策", "施策", "基本事業", "事務事業"];
    private static readonly string[] Endings = ["の推進", "の充実", "の強化", "の支援", "づくり", "の整備", "の促進", "の確保"];
    private static readonly string[] CareTerms = ["medical", "nursing", "prevention", "housing", "living-support", "inclusive-community"];

    // Goals municipal plans link most often weigh more (3, 4, 11, 17 above all).
    private static readonly int[] GoalWeights = [3, 2, 9, 8, 4, 3, 3, 6, 5, 4, 9, 4, 4, 2, 3, 5, 7];

    private readonly IReadOnlyList<string> _fragments;
    private readonly SdgId[][] _targetsByGoal;
    private readonly int _seed;
    private readonly List<PlantedDuplicate> _planted = [];
    private readonly List<(string Plan, string Element, string Title)> _projectTitles = [];
    private int _next;

    /// <summary>Creates a generator drawing text from <paramref name="fragments"/>.</summary>
    public CorpusGenerator(int seed, IReadOnlyList<string> fragments)
    {
        ArgumentOutOfRangeException.ThrowIfZero(fragments.Count);
        _seed = seed;
        _fragments = fragments;
        _targetsByGoal = [.. SdgCatalog.Default.Goals.Select(g => g.Targets.Select(t => t.Id).ToArray())];
    }

    /// <summary>Near-duplicate project titles planted so far: the copy and the original.</summary>
    public IReadOnlyList<PlantedDuplicate> Planted => _planted;

    /// <summary>Text fragments cut from plans: titles and sentences split at Japanese punctuation, 4 to 24 characters long.</summary>
    public static IReadOnlyList<string> FragmentsOf(IEnumerable<Plan> plans)
    {
        var texts = plans.SelectMany(p => p.Elements).SelectMany(e => new[] { e.Title, e.Description, e.TargetState?.Text }).OfType<string>();
        var fragments = texts.SelectMany(t => t.Split(['、', '。', '・', '「', '」', '（', '）', '\n', ' ', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(f => f.Length is >= 4 and <= 24)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return fragments.Count > 0 ? fragments : ["地域コミュニティ活動", "子育て支援", "防災体制", "健康づくり", "公共交通"];
    }

    /// <summary>
    /// Plan number <paramref name="n"/> (0-based); the same n and seed always give the same plan.
    /// Plans are made in order 0, 1, 2 …, one call each: a plan's planted near-duplicates copy
    /// project titles of the plans before it, so any other order would give another corpus.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is not the next plan.</exception>
    public Plan Plan(int n)
    {
        if (n != _next)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"plans are made in order: the next is plan {_next}.");
        }

        _next++;
        // Not HashCode.Combine: it is seeded randomly per process, so the "same" corpus differed
        // from run to run (100 plans gave 56,222 elements once and 54,922 the next time).
        var random = new Random(unchecked((_seed * 1_000_003) + n));
        // Five digits for any n: codes repeat past 10,000 plans (the 10× corpus), and stay as they were below.
        var code = 90000 + (n % 10000);
        var id = $"synth-{n:D4}";
        var elements = new List<PlanElement>();
        var policies = random.Next(5, 8);
        var measures = Spread(random, 27, policies);
        var change = new List<TermMember>[5];
        for (var p = 1; p <= policies; p++)
        {
            var policyId = $"{p}";
            elements.Add(Element(random, policyId, 0, null, SdgFor(random, 0)));
            for (var m = 1; m <= measures[p - 1]; m++)
            {
                var measureId = $"{p}-{m}";
                elements.Add(Element(random, measureId, 1, policyId, SdgFor(random, 1)) with { Kpis = Kpis(random, measureId), Priority = random.Next(10) == 0 });
                var projects = random.Next(2, 7);
                for (var j = 1; j <= projects; j++)
                {
                    var projectId = $"{measureId}-{j}";
                    var project = Element(random, projectId, 2, measureId, SdgFor(random, 2));
                    project = PlantDuplicate(random, id, project);
                    elements.Add(project);
                    _projectTitles.Add((id, projectId, project.Title!));
                    if (random.Next(12) == 0)
                    {
                        (change[random.Next(5)] ??= []).Add(new TermMember { Element = projectId, PrintedCode = projectId, PrintedTitle = project.Title });
                    }

                    var initiatives = random.Next(2, 7);
                    for (var k = 1; k <= initiatives; k++)
                    {
                        elements.Add(Element(random, $"{projectId}-{k}", 3, projectId, SdgFor(random, 3)) with
                        {
                            Tags = random.Next(3) == 0 ? [new Tag("reform", $"{random.Next(1, 7)}")] : [],
                        });
                    }
                }
            }
        }

        return new Plan
        {
            Id = id,
            Municipality = new Municipality { Name = $"架空市{n:D4}", NameEn = $"Synth{n:D4}", Code = LocalGovernmentCode.WithCheckDigit(code.ToString(CultureInfo.InvariantCulture)) },
            Title = $"第{random.Next(2, 7)}次総合計画（合成）",
            Period = new FiscalPeriod { FromFiscalYear = 2026, ToFiscalYear = 2035 },
            Levels = [.. Levels.Select(l => new PlanLevel { Name = l })],
            Taxonomies =
            [
                new Taxonomy { Id = "reform", Name = "行革の視点", Terms = [.. Enumerable.Range(1, 6).Select(t => new TaxonomyTerm { Id = $"{t}", Label = $"視点{t}" })] },
                new Taxonomy { Id = "change", Name = "社会環境の変化", Terms = [.. Enumerable.Range(0, 5).Select(t => new TaxonomyTerm { Id = $"{t + 1}", Label = $"変化{t + 1}", Members = change[t] ?? [] })] },
            ],
            Source = new PlanSource { Note = $"synthetic, seed {_seed}, plan {n}" },
            Elements = elements,
        };
    }

    private PlanElement Element(Random random, string id, int depth, string? parent, SdgId[] sdg)
    {
        var title = Title(random);
        return new PlanElement
        {
            Id = id,
            Code = id,
            Level = Levels[depth],
            Title = title,
            Parent = parent,
            Description = depth <= 1 ? $"{Title(random)}を進め、{Title(random)}を図ります。" : null,
            Sdg = sdg,
            Tags = depth is 1 or 2 && random.Next(8) == 0 ? [new Tag("care", CareTerms[random.Next(CareTerms.Length)])] : [],
        };
    }

    private string Title(Random random)
    {
        var first = _fragments[random.Next(_fragments.Count)];
        return random.Next(3) == 0 ? first + Endings[random.Next(Endings.Length)] : first + "と" + _fragments[random.Next(_fragments.Count)];
    }

    /// <summary>About 2% of projects copy an earlier plan's project title with up to two characters changed.</summary>
    private PlanElement PlantDuplicate(Random random, string planId, PlanElement project)
    {
        if (_projectTitles.Count == 0 || random.Next(50) != 0)
        {
            return project;
        }

        var original = _projectTitles[random.Next(_projectTitles.Count)];
        if (original.Plan == planId)
        {
            return project;
        }

        var chars = original.Title.ToCharArray();
        for (var edits = random.Next(0, 3); edits > 0 && chars.Length > 8; edits--)
        {
            chars[random.Next(chars.Length)] = "のをにはがとで市民地域"[random.Next(11)];
        }

        _planted.Add(new PlantedDuplicate(original.Plan, original.Element, planId, project.Id));
        return project with { Title = new string(chars) };
    }

    private SdgId[] SdgFor(Random random, int depth)
    {
        var (none, max) = depth switch { 0 => (70, 2), 1 => (15, 6), 2 => (60, 3), _ => (80, 2) };
        if (random.Next(100) < none)
        {
            return [];
        }

        var count = random.Next(1, max + 1);
        var ids = new SortedSet<SdgId>();
        while (ids.Count < count)
        {
            var goal = Weighted(random);
            ids.Add(depth == 0 ? SdgId.ForGoal(goal) : _targetsByGoal[goal - 1][random.Next(_targetsByGoal[goal - 1].Length)]);
        }

        return [.. ids];
    }

    private static int Weighted(Random random)
    {
        var pick = random.Next(GoalWeights.Sum());
        for (var g = 0; g < GoalWeights.Length; g++)
        {
            pick -= GoalWeights[g];
            if (pick < 0)
            {
                return g + 1;
            }
        }

        return GoalWeights.Length;
    }

    private static Kpi[] Kpis(Random random, string measureId) =>
        [.. Enumerable.Range(1, random.Next(1, 4)).Select(k => new Kpi
        {
            Id = $"{measureId}/k{k}",
            Name = $"指標{k}",
            Unit = random.Next(10) == 0 ? null : "%",
            Baseline = new KpiMeasurement { Value = random.Next(10) == 0 ? null : random.Next(100).ToString(CultureInfo.InvariantCulture), FiscalYear = 2024 },
            Target = new KpiMeasurement { Value = random.Next(100).ToString(CultureInfo.InvariantCulture), FiscalYear = 2030 },
        })];

    private static int[] Spread(Random random, int total, int parts)
    {
        var counts = Enumerable.Repeat(1, parts).ToArray();
        for (var i = parts; i < total + random.Next(-3, 4); i++)
        {
            counts[random.Next(parts)]++;
        }

        return counts;
    }
}

/// <summary>A planted near-duplicate: a project whose title copies another plan's project title with small edits.</summary>
/// <param name="OriginalPlan">The plan the title was copied from.</param>
/// <param name="OriginalElement">The element it was copied from.</param>
/// <param name="CopyPlan">The plan holding the copy.</param>
/// <param name="CopyElement">The element holding the copy.</param>
public sealed record PlantedDuplicate(string OriginalPlan, string OriginalElement, string CopyPlan, string CopyElement);
