using FsCheck.Xunit;
using SdgMap.Benchmarks;
using SdgMap.Reuse;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Reuse;

public class NearDuplicateIndexTests
{
    private static readonly string[] Sample =
    [
        "地域福祉計画の推進",                          // 0
        "【地域福祉計画】の推進。",                    // 1: exact duplicate of 0 after normalising
        "地域福祉計画の推進を図ります",                // 2: near 0 (8/13)
        "子育て支援の充実",                            // 3
        "子育て支援の充実・強化",                      // 4: near 3 (7/9)
        "ＩＣＴを活用した行政サービスの向上",          // 5
        "ICTを活用した行政サービスの向上",             // 6: full width = half width
        "。、・",                                      // 7: empty after normalising
        "、",                                          // 8: empty too, yet not a duplicate of 7
        "防災",                                        // 9
    ];

    [Fact]
    public void Pairs_Sample_FindsDuplicatesAndNearDuplicates()
    {
        var index = NearDuplicateIndex.Build(Sample, new NearDuplicateOptions { Threshold = 0.6 });
        var pairs = index.Pairs().Select(p => (p.A, p.B)).ToArray();
        Assert.Equal([(0, 1), (0, 2), (1, 2), (3, 4), (5, 6)], pairs);
        Assert.Equal(1.0, index.Pairs()[0].Jaccard);
        Assert.Equal(ReuseText.Shingles(Sample[0]).Length, index.Pairs()[0].SharedShingles);
    }

    [Fact]
    public void ExactDuplicateGroups_FullWidthAndHalfWidthVariants_AreOneGroup()
    {
        var index = NearDuplicateIndex.Build(Sample);
        Assert.Equal([[0, 1], [5, 6]], index.ExactDuplicateGroups.Select(g => g.ToArray()));
        Assert.Equal(2, index.Stats.EmptyTexts);
        Assert.Equal(6, index.Stats.DistinctTexts);
    }

    [Fact]
    public void Pairs_EmptyTexts_AreNeverSimilar()
    {
        var index = NearDuplicateIndex.Build(["。", "。", "", " "]);
        Assert.Empty(index.Pairs());
        Assert.Empty(index.MostSimilar(0, 10));
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)], MaxTest = 200)]
    public bool Pairs_AreOrderedAtThresholdAndScoredExactly(string[] corpus)
    {
        var options = new NearDuplicateOptions { Threshold = 0.5 };
        var pairs = NearDuplicateIndex.Build(corpus, options).Pairs();
        var exact = ExactJaccard.AllPairs(corpus, options.Threshold).ToDictionary(p => (p.A, p.B));
        var ordered = pairs.Zip(pairs.Skip(1)).All(x => (x.First.A, x.First.B).CompareTo((x.Second.A, x.Second.B)) < 0);
        return ordered && pairs.All(p => p.A < p.B && p.Jaccard >= options.Threshold && exact.TryGetValue((p.A, p.B), out var e) && e == p);
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)], MaxTest = 100)]
    public bool Pairs_WithStrongBanding_EqualExactAllPairs(string[] corpus)
    {
        // 64 bands of one row find almost every pair at 0.5; the small corpora make the rest vanishingly rare.
        var options = new NearDuplicateOptions { Threshold = 0.5, Banding = new LshBands(64, 1) };
        return NearDuplicateIndex.Build(corpus, options).Pairs().SequenceEqual(ExactJaccard.AllPairs(corpus, 0.5));
    }

    [Fact]
    public void IdenticalTo_NamesEachTextsFirstForm_AndEmptyTextsNone()
    {
        var index = NearDuplicateIndex.Build(Sample);
        Assert.Equal([0, 0, 2, 3, 4, 5, 5, -1, -1, 9], index.IdenticalTo);
    }

    [Fact]
    public void FormPairs_Sample_LeavesIdenticalTextsToIdenticalTo()
    {
        var index = NearDuplicateIndex.Build(Sample, new NearDuplicateOptions { Threshold = 0.6 });
        Assert.Equal([(0, 2), (3, 4)], index.FormPairs().Select(p => (p.A, p.B)));
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)], MaxTest = 100)]
    public bool FormPairs_ArePairsBetweenFirstTextsOfDifferentForms(string[] corpus)
    {
        var index = NearDuplicateIndex.Build(corpus, new NearDuplicateOptions { Threshold = 0.5 });
        var firsts = index.IdenticalTo.Where((rep, i) => rep == i).ToHashSet();
        // Two first texts are never of the same form, so these are exactly the pairs between forms.
        return index.FormPairs().SequenceEqual(index.Pairs().Where(p => firsts.Contains(p.A) && firsts.Contains(p.B)));
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)], MaxTest = 50)]
    public bool Build_IsDeterministic(string[] corpus)
    {
        var first = NearDuplicateIndex.Build(corpus);
        var second = NearDuplicateIndex.Build(corpus);
        return first.Pairs().SequenceEqual(second.Pairs()) && first.Stats == second.Stats;
    }

    [Fact]
    public void Pairs_SyntheticCorpus_RecallAtLeast95PercentAt07AndPrecisionOne()
    {
        var (recall, falsePairs) = RecallReport.Measure(5000, seed: 2026);
        Assert.Equal(0, falsePairs);
        Assert.True(recall[0].TruePairs > 1000, RecallReport.Describe(recall));
        Assert.True(recall.Single(b => b.MinSimilarity == 0.7).Recall >= 0.95, RecallReport.Describe(recall));
        Assert.True(recall.Single(b => b.MinSimilarity == 0.8).Recall >= 0.99, RecallReport.Describe(recall));
    }

    [Fact]
    public void Pairs_LargeCorpus_IsSubsetOfExactAndIndexerMatchesEnumeration()
    {
        var texts = SyntheticTexts.Generate(3000, seed: 7);
        var pairs = NearDuplicateIndex.Build(texts).Pairs();
        var exact = ExactJaccard.AllPairs(texts, 0.7).ToHashSet();
        Assert.All(pairs, p => Assert.Contains(p, exact));
        Assert.Equal(pairs.ToArray(), Enumerable.Range(0, pairs.Count).Select(i => pairs[i]));
    }

    [Fact]
    public void Build_BucketOverCap_GivesNoCandidatesAndIsCounted()
    {
        // Forty texts that differ in one appended number agree on every band: one bucket per band.
        var texts = Enumerable.Range(0, 40).Select(i => $"地域包括ケアシステムの構築と医療介護連携の推進について{i:D2}").ToArray();
        var capped = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { MaxBucketSize = 10 });
        var open = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { MaxBucketSize = 40 });

        Assert.True(open.Stats.LargestBucket > 10);
        Assert.True(capped.Stats.CappedBuckets > 0);
        Assert.True(capped.Pairs().Count < open.Pairs().Count);
        Assert.Equal(texts.Length * (texts.Length - 1) / 2, open.Pairs().Count);
        Assert.Equal(0, open.Stats.CappedBuckets);
    }

    [Fact]
    public void Build_CappedBucket_StillLetsPairsMeetInOtherBands()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"地域包括ケアシステムの構築と医療介護連携の推進について{i:D2}").ToArray();
        var capped = NearDuplicateIndex.Build(texts, new NearDuplicateOptions { MaxBucketSize = 10 });
        Assert.All(capped.Pairs(), p => Assert.True(p.Jaccard >= 0.7));
        Assert.True(capped.Stats.LargestBucket > capped.Options.MaxBucketSize);
    }

    [Fact]
    public void MostSimilar_ReturnsDuplicatesFirstThenNearDuplicates()
    {
        var index = NearDuplicateIndex.Build(Sample, new NearDuplicateOptions { Threshold = 0.6 });
        var similar = index.MostSimilar(0, 10);
        Assert.Equal([1, 2], similar.Select(s => s.Item));
        Assert.Equal(1.0, similar[0].Jaccard);
        Assert.Equal(ReuseText.Jaccard(ReuseText.Shingles(Sample[0]), ReuseText.Shingles(Sample[2])), similar[1].Jaccard);
        Assert.Equal([1], index.MostSimilar(0, 1).Select(s => s.Item));
        Assert.Empty(index.MostSimilar(0, 0));
    }

    [Fact]
    public void MostSimilar_LowerQueryThreshold_FindsLessSimilarTexts()
    {
        var index = NearDuplicateIndex.Build(["地域福祉の推進", "地域福祉の充実", "防災"], new NearDuplicateOptions { Banding = new LshBands(100, 1) });
        Assert.Empty(index.MostSimilar(0, 5));
        Assert.Equal([new SimilarItem(1, 0.5, 4)], index.MostSimilar(0, 5, minSimilarity: 0.4));
    }

    [Property(Arbitrary = [typeof(ReuseArbitraries)], MaxTest = 100)]
    public bool MostSimilar_AgreesWithPairs(string[] corpus)
    {
        var index = NearDuplicateIndex.Build(corpus, new NearDuplicateOptions { Threshold = 0.5 });
        var pairs = index.Pairs();
        return Enumerable.Range(0, corpus.Length).All(item =>
        {
            var expected = pairs.Where(p => p.A == item || p.B == item).Select(p => p.A == item ? p.B : p.A).ToHashSet();
            var found = index.MostSimilar(item, int.MaxValue);
            var ordered = found.Zip(found.Skip(1)).All(x => x.First.Jaccard > x.Second.Jaccard || (x.First.Jaccard == x.Second.Jaccard && x.First.Item < x.Second.Item));
            return ordered && expected.IsSubsetOf(found.Select(f => f.Item)) && found.All(f => f.Item != item && f.Jaccard >= 0.5);
        });
    }

    [Fact]
    public void Build_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => NearDuplicateIndex.Build(null!));
        Assert.Throws<ArgumentException>(() => NearDuplicateIndex.Build(["a", null!]));
        Assert.Throws<ArgumentException>(() => NearDuplicateIndex.Build(["a"], new NearDuplicateOptions { HashCount = 10, Banding = new LshBands(5, 3) }));
        var index = NearDuplicateIndex.Build(["a"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.MostSimilar(1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.MostSimilar(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.MostSimilar(0, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.NormalizedText(-1));
    }

    [Fact]
    public void Build_NoTexts_IsEmpty()
    {
        var index = NearDuplicateIndex.Build([]);
        Assert.Empty(index.Pairs());
        Assert.Empty(index.ExactDuplicateGroups);
        Assert.Equal(0, index.Stats.Texts);
    }
}
