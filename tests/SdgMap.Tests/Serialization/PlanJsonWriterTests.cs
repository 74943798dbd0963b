using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Samples;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;
using Xunit;

namespace SdgMap.Tests.Serialization;

/// <summary>The hand-written writer against the source-generated serializer it replaced, byte for byte.</summary>
public class PlanJsonWriterTests
{
    /// <summary>Plans from <see cref="PlanGen"/> with what it leaves out: reviews, references, variants, suggested tags with evidence, notes, zeros and awkward numbers.</summary>
    public static class RichPlans
    {
        private static readonly double[] Confidences = [0, 0.1, 1.0 / 3, 1e-7, 1e21, 12345.678, -0.5, 1];

        public static Arbitrary<Plan> Plan() => (
            from plan in PlanGen.Plan
            from seeds in Gen.Choose(0, int.MaxValue).ArrayOf(plan.Elements.Count)
            from confidence in Gen.Elements(Confidences)
            from note in PlanGen.Text
            select plan with
            {
                Levels = [.. plan.Levels.Select((l, i) => i == 0 ? l with { AlsoCalled = [note] } : l)],
                Source = seeds.Length > 0 && seeds[0] % 2 == 0 ? new PlanSource { File = "a.pdf", Note = note } : null,
                Notes = seeds.Length > 1 ? [note] : [],
                Elements = [.. plan.Elements.Select((e, i) => Enrich(e, seeds[i], confidence, note))],
            }).ToArbitrary();

        private static PlanElement Enrich(PlanElement e, int seed, double confidence, string note) => e with
        {
            Review = (seed & 1) == 0 ? null : new ReviewRecord
            {
                Accepted = [new ReviewDecision { Sdg = e.Sdg.Count > 0 ? e.Sdg[0] : null, By = "担当", On = "2026-04-01" }],
                Rejected = [new ReviewDecision { Tag = new Tag("care", "medical"), Note = note }],
            },
            References = (seed & 2) == 0 ? [] : [new ElementReference { Element = "e0", Kind = "再掲", PrintedCode = "1-1" }],
            Variants = (seed & 4) == 0 ? [] : [new CodeVariant { Code = "1", Line = 0 }, new CodeVariant { Title = note, Line = 7 }],
            Suggested = (seed & 8) == 0 ? e.Suggested : new SuggestedLinks
            {
                Sdg = e.Suggested?.Sdg ?? [],
                Tags =
                [
                    new SuggestedTag
                    {
                        Tag = new Tag("reform", "1"),
                        Confidence = confidence,
                        Method = "lexicon",
                        Evidence = [new SuggestionEvidence { Field = "title", Start = 0, Length = (seed >> 4) % 3, Text = note, Matched = "地域" }, new SuggestionEvidence { Field = "description", Element = "e0", Start = 5, Length = 2, Text = note, Matched = note }],
                    },
                ],
            },
            Notes = (seed & 32) == 0 ? [] : [note],
            Source = (seed & 64) == 0 ? e.Source : new SourceLocation { Line = 0, Page = "p.12" },
            Kpis = [.. e.Kpis.Select(k => (seed & 128) == 0 ? k : k with { Notes = [note], Baseline = new KpiMeasurement { FiscalYear = 2030 } })],
        };
    }

    [Property(Arbitrary = [typeof(RichPlans)], MaxTest = 300)]
    public void ToUtf8Bytes_GeneratedPlan_IsByteIdenticalToTheSourceGeneratedSerializer(Plan plan) =>
        Assert.Equal(PlanJson.ToUtf8BytesByReference(plan), PlanJson.ToUtf8Bytes(plan));

    [Fact]
    public void ToUtf8Bytes_ShippedAndSamplePlans_AreByteIdenticalToTheSourceGeneratedSerializer()
    {
        var plans = RepoPaths.ShippedPlans().Select(p => PlanJson.Load(p).Plan).Concat(SamplePlans.Load().Select(d => d.Plan)).ToList();
        Assert.NotEmpty(plans);
        Assert.All(plans, plan => Assert.Equal(PlanJson.ToUtf8BytesByReference(plan), PlanJson.ToUtf8Bytes(plan)));
    }

    [Fact]
    public void Write_ToStream_GivesTheBytesOfToUtf8Bytes()
    {
        var plan = SamplePlans.Load()[0].Plan;
        using var stream = new MemoryStream();
        PlanJson.Write(plan, stream);
        Assert.Equal(PlanJson.ToUtf8Bytes(plan), stream.ToArray());
    }

    [Fact]
    public void ToUtf8Bytes_SmallPlanAfterALargeOne_HoldsNothingOfTheLargeOne()
    {
        // The output buffer is kept per thread between saves: a short plan must not carry the tail of a longer one.
        var plans = SamplePlans.Load().Select(d => d.Plan).OrderByDescending(p => p.Elements.Count).ToList();
        var (large, small) = (plans[0], plans[^1]);
        Assert.True(large.Elements.Count > small.Elements.Count);
        PlanJson.ToUtf8Bytes(large);
        Assert.Equal(PlanJson.ToUtf8BytesByReference(small), PlanJson.ToUtf8Bytes(small));
        PlanJson.ToUtf8Bytes(large);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(PlanJson.ToUtf8BytesByReference(small)), PlanJson.Serialize(small));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(251)]
    [InlineData(252)]
    [InlineData(4000)]
    public void ToUtf8Bytes_TagOfAnyLength_IsWrittenAsTheSourceGeneratedSerializerWritesIt(int termLength)
    {
        // Up to 256 characters ("care:" and 251) a tag is written from a stack buffer, past that as a string: both must give the same bytes.
        var term = string.Concat(Enumerable.Range(0, termLength).Select(i => (char)('あ' + (i % 80))));
        var tag = new Tag("care", term);
        var plan = SamplePlans.Load()[0].Plan;
        plan = plan with
        {
            Elements = [.. plan.Elements.Select((e, i) => i == 0 ? e with { Tags = [tag], Review = new ReviewRecord { Accepted = [new ReviewDecision { Tag = tag }] } } : e)],
        };
        Assert.Equal(PlanJson.ToUtf8BytesByReference(plan), PlanJson.ToUtf8Bytes(plan));
    }
}
