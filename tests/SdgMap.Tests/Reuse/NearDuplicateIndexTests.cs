using FsCheck.Xunit;
using SdgMap.Reuse;

namespace SdgMap.Tests.Reuse;

public class NearDuplicateIndexTests
{
    private static readonly string[] Phrases =
    [
        "地域コミュニティ", "子育て支援", "防災体制", "健康づくり", "公共交通", "生涯学習", "観光振興", "農業の担い手", "高齢者の見守り",
        "障がい者の就労", "ごみの減量", "再生可能エネルギー", "空き家対策", "商店街の活性化", "学校給食", "図書館サービス", "文化財の保存",
        "スポーツ施設", "道路の維持管理", "上下水道", "行政のデジタル化", "協働のまちづくり", "男女共同参画", "多文化共生",
    ];

    /// <summary>Deterministic Japanese-like texts with planted near-duplicates (a phrase swapped or a character changed).</summary>
    private static List<string> Sample(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i > 10 && random.Next(4) == 0)
            {
                var chars = texts[random.Next(texts.Count)].ToCharArray();
                for (var e = random.Next(1, 3); e > 0; e--)
                {
                    chars[random.Next(chars.Length)] = "のをにはがとで市町村"[random.Next(10)];
                }

                texts.Add(new string(chars));
            }
            else
            {
                texts.Add(string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Phrases[random.Next(Phrases.Length)] + "の推進")));
            }
        }

        return texts;
    }

    [Theory]
    [InlineData(0.7, 128)]
    [InlineData(0.8, 128)]
    [InlineData(0.5, 128)]
    public void Banding_CatchesPairsAtTheThreshold_AlmostAlways(double threshold, int hashes)
    {
        var (bands, rows) = LshBanding.Choose(threshold, hashes);
        Assert.True(bands * rows <= hashes);
        Assert.True(LshBanding.CandidateProbability(threshold, bands, rows) >= 0.99);
        Assert.True(LshBanding.CandidateProbability(threshold - 0.3, bands, rows) < 0.5);
    }

    [Fact]
    public void Banding_ThatCannotReachTheProbability_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LshBanding.Choose(0.1, 4));

    [Fact]
    public void Recall_AgainstExactAllPairs_OnASample()
    {
        var texts = Sample(1500, 7);
        var index = NearDuplicateIndex.Build(texts);
        var exact = ExactJaccard.AllPairs(texts, 0.7);
        Assert.True(exact.Count > 100, $"the sample should hold many near-duplicate pairs, found {exact.Count}");
        Assert.True(ExactJaccard.Recall(index.Pairs(), exact, 0.7) >= 0.95);
        Assert.True(ExactJaccard.Recall(index.Pairs(), exact, 0.8) >= 0.99);
        Assert.All(index.Pairs(), p => Assert.Contains(p, exact));
    }

    [Fact]
    public void FullAndHalfWidth_AndPunctuation_AreIdentical()
    {
        var index = NearDuplicateIndex.Build(["ＩＣＴの活用。", "ICTの活用", "ｲﾝﾀｰﾈｯﾄ", "インターネット", "", "。"]);
        Assert.Equal([0, 0, 2, 2, -1, -1], index.IdenticalTo);
    }

    [Fact]
    public void MostSimilar_FindsIdenticalFirstThenNear()
    {
        var index = NearDuplicateIndex.Build(["地域コミュニティの活性化", "防災体制の強化", "地域コミュニティの活性化", "地域コミュニティ活動の活性化"], new NearDuplicateOptions { Threshold = 0.5 });
        var similar = index.MostSimilar(0, 5);
        Assert.Equal([(0, 2), (0, 3)], similar.Select(p => (p.A, p.B)));
        Assert.Equal(1.0, similar[0].Jaccard);
    }

    [Fact]
    public void BucketCap_IsHonoured_AndCounted()
    {
        var texts = Enumerable.Range(0, 50).Select(i => $"共通の取組を推進します{i % 10}{i / 10}").ToList();
        var capped = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { Threshold = 0.6, MaxBucketSize = 5 });
        var open = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { Threshold = 0.6 });
        Assert.True(capped.Stats.CappedBuckets > 0);
        Assert.True(capped.Stats.Candidates < open.Stats.Candidates);
    }

    [Property]
    public bool Normalize_IsIdempotent(string? text)
    {
        var once = ReuseText.Normalize(text ?? string.Empty);
        return ReuseText.Normalize(once) == once;
    }

    [Property]
    public bool Jaccard_IsSymmetricAndBounded(string? a, string? b)
    {
        var x = ReuseText.Shingles(ReuseText.Normalize(a ?? string.Empty));
        var y = ReuseText.Shingles(ReuseText.Normalize(b ?? string.Empty));
        var j = ReuseText.Jaccard(x, y);
        return j == ReuseText.Jaccard(y, x) && j is >= 0 and <= 1 && (x.Length == 0 || ReuseText.Jaccard(x, x) == 1);
    }

    [Property(MaxTest = 30)]
    public bool Pairs_AreOrdered_AboveThreshold_AndExact(int seed)
    {
        var texts = Sample(200, seed);
        var pairs = NearDuplicateIndex.Build(texts).Pairs();
        var exact = ExactJaccard.AllPairs(texts, 0.7).ToDictionary(p => (p.A, p.B), p => p.Jaccard);
        return pairs.All(p => p.A < p.B && p.Jaccard >= 0.7 && exact.TryGetValue((p.A, p.B), out var j) && j == p.Jaccard);
    }
}
