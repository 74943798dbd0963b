using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Hostile;
using Xunit;

namespace SdgMap.Tests.Serialization;

/// <summary>The hand-written reader (the default) against the source-generated reader it stands in front of.</summary>
public sealed class PlanJsonReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-reader-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>What reading gives: the document, or the exception's message and every location it carries.</summary>
    private static Result Outcome(byte[] bytes, bool byReference)
    {
        try
        {
            return new Result(PlanJson.Parse(bytes, "plan.json", null, byReference), null);
        }
        catch (PlanInputException e)
        {
            return new Result(null, (e.Message, e.Line, e.Column, e.Path, e.Row, e.ElementId));
        }
    }

    private sealed record Result(PlanDocument? Document, (string Message, int? Line, int? Column, string? Path, int? Row, string? ElementId)? Error);

    private static void AssertSameOutcome(byte[] bytes) => Assert.Equal(Outcome(bytes, byReference: true), Outcome(bytes, byReference: false));

    [Property(Arbitrary = [typeof(PlanJsonWriterTests.RichPlans)], MaxTest = 300)]
    public void Parse_GeneratedPlan_GivesTheReferenceDocument(Plan plan)
    {
        var bytes = PlanJson.ToUtf8Bytes(plan);
        var document = PlanJson.Parse(bytes);
        Assert.Equal(plan, document.Plan);
        Assert.Equal(PlanJson.Parse(bytes, null, null, byReference: true), document);
    }

    [Fact]
    public void TryRead_ShippedAndGeneratedPlans_ReadsThemWithoutDeclining()
    {
        // Equal outcomes alone would hold if the fast reader declined everything.
        Assert.All(RepoPaths.ShippedPlans(), path => Assert.Equal(PlanJson.Load(path).Plan, PlanJsonReader.TryRead(File.ReadAllBytes(path), 64)));
        var plan = PlanJsonWriterTests.RichPlans.Plan().Generator.Sample(20, 30).Last();
        Assert.Equal(plan, PlanJsonReader.TryRead(PlanJson.ToUtf8Bytes(plan), 64));
    }

    [Fact]
    public void TryRead_RepeatedIdsAndLevels_ShareOneStringInstance()
    {
        // The memory saving rests on these being the same objects, not equal copies.
        var json = """
            { "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "計画", "levels": [ { "name": "施策" } ],
              "elements": [ { "id": "1-1", "code": "1-1", "level": "施策", "title": "a" },
                            { "id": "1-1-1", "code": "1-1-1", "level": "施策", "title": "b", "parent": "1-1" },
                            { "id": "1-1-\u0032", "code": "1-1-2", "level": "施策", "title": "c", "parent": "1-1" } ] }
            """;
        var elements = PlanJsonReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json), 64)!.Elements;
        Assert.Same(elements[0].Id, elements[0].Code);
        Assert.Same(elements[0].Id, elements[1].Parent);
        Assert.Same(elements[1].Parent, elements[2].Parent);
        Assert.Same(elements[0].Level, elements[2].Level);
        Assert.Equal("1-1-2", elements[2].Id);
        Assert.Equal(elements[2].Id, elements[2].Code);
    }

    private static byte[] PlanWithTags(params string[] tags) => System.Text.Encoding.UTF8.GetBytes(
        "{ \"format\": \"sdgmap.plan/1\", \"id\": \"p\", \"municipality\": { \"name\": \"市\" }, \"title\": \"t\", \"levels\": [ { \"name\": \"施策\" } ], \"elements\": ["
        + string.Join(", ", tags.Select((t, i) => $"{{ \"id\": \"e{i}\", \"level\": \"施策\", \"tags\": [ {System.Text.Json.JsonSerializer.Serialize(t)} ] }}"))
        + "] }");

    /// <summary>Tag-like texts: parts, colons, ASCII and ideographic spaces, and escapes the JSON writer makes.</summary>
    public static class TagLikeTexts
    {
        public static Arbitrary<string> Text() =>
            Gen.Elements("ab:c: \u3000\t医療\"".ToCharArray()).ArrayOf().Select(cs => new string(cs)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(TagLikeTexts)], MaxTest = 2000)]
    public void TryRead_TagText_ReadsWhatTagTryParseReadsOrDeclines(string text)
    {
        var plan = PlanJsonReader.TryRead(PlanWithTags(text), 64);
        if (text.Length == 0 || !Tag.TryParse(text, out var tag))
        {
            Assert.Null(plan);
        }
        else
        {
            Assert.Equal([tag], plan!.Elements[0].Tags);
        }
    }

    [Fact]
    public void TryRead_RepeatedTags_ShareTheirTaxonomyAndTermStrings()
    {
        var elements = PlanJsonReader.TryRead(PlanWithTags("care:medical", "care:medical", "care:housing"), 64)!.Elements;
        Assert.Same(elements[0].Tags[0].Taxonomy, elements[2].Tags[0].Taxonomy);
        Assert.Same(elements[0].Tags[0].Term, elements[1].Tags[0].Term);
        Assert.Equal(new Tag("care", "housing"), elements[2].Tags[0]);
    }

    [Fact]
    public void TryRead_ListsNestedInListsOfTheSameItemType_KeepEachListItsOwnItems()
    {
        // Notes of the plan and of each element are both lists of strings, gathered in one scratch stack.
        var json = """
            { "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [ { "name": "施策" } ],
              "elements": [ { "id": "a", "level": "施策", "notes": [ "a1", "a2" ], "relatedPlans": [ "r" ] },
                            { "id": "b", "level": "施策", "notes": [ "b1" ] } ],
              "notes": [ "p1", "p2", "p3" ] }
            """;
        var plan = PlanJsonReader.TryRead(System.Text.Encoding.UTF8.GetBytes(json), 64)!;
        Assert.Equal(["p1", "p2", "p3"], plan.Notes);
        Assert.Equal(["a1", "a2"], plan.Elements[0].Notes);
        Assert.Equal(["r"], plan.Elements[0].RelatedPlans);
        Assert.Equal(["b1"], plan.Elements[1].Notes);
    }

    [Fact]
    public void TryRead_FileDeclinedInsideAList_LeavesTheNextFileItsOwnItems()
    {
        // A list abandoned half-read (a null item) must not leave its items for the next list on the thread.
        var declined = System.Text.Encoding.UTF8.GetBytes("""
            { "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [ { "name": "施策" } ],
              "elements": [ { "id": "a", "level": "施策", "notes": [ "x1", "x2", null ] } ] }
            """);
        Assert.Null(PlanJsonReader.TryRead(declined, 64));
        var plan = PlanJsonReader.TryRead(PlanWithTags("care:medical"), 64)!;
        Assert.Single(plan.Elements);
        Assert.Empty(plan.Elements[0].Notes);
        Assert.Equal([new Tag("care", "medical")], plan.Elements[0].Tags);
    }

    [Fact]
    public void Parse_InvalidUtf8InASharedId_GivesTheReferenceException()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{ \"format\": \"sdgmap.plan/1\", \"id\": \"p\", \"municipality\": { \"name\": \"市\" }, \"title\": \"t\", \"levels\": [], \"elements\": [ { \"id\": \"XY\", \"level\": \"施策\" } ] }");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        Assert.Null(PlanJsonReader.TryRead(bytes, 64));
        AssertSameOutcome(bytes);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" ")]
    public void TryRead_ElementLines_AreTheLinesTheReferenceScanFinds(string lineEnd)
    {
        // Shipped files put each element on its own lines; these lay the same plans out with other
        // line ends, and all on one line, so the lines counted between element starts are checked too.
        foreach (var path in RepoPaths.ShippedPlans())
        {
            var text = File.ReadAllText(path).Replace("\n", lineEnd, StringComparison.Ordinal);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var reference = PlanJson.Parse(bytes, path, null, byReference: true);
            Assert.NotNull(PlanJsonReader.TryRead(bytes, 64, out var lines));
            Assert.Equal(reference.ElementLines, lines);
            Assert.True(lineEnd == " " || lines.Distinct().Count() == lines.Length);
        }
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"\\u0041\"")]
    public void TryRead_EmptyOrEscapedTitle_DeclinesOnlyTheEmptyOne(string title)
    {
        // An empty string is refused by the reference path's scan (with its line and path), so the fast reader must not vouch for it.
        var json = "{ \"format\": \"sdgmap.plan/1\", \"id\": \"p\", \"municipality\": { \"name\": \"市\" }, \"title\": " + title + ", \"levels\": [], \"elements\": [] }";
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        Assert.Equal(title == "\"\"", PlanJsonReader.TryRead(bytes, 64) is null);
        AssertSameOutcome(bytes);
    }

    [Property(Arbitrary = [typeof(PlanJsonWriterTests.RichPlans)], MaxTest = 500)]
    public void Parse_MutatedPlan_GivesTheReferenceDocumentOrItsException(Plan plan, NonNegativeInt kind, NonNegativeInt pick, NonNegativeInt variant) =>
        AssertSameOutcome(JsonMutation.Apply(PlanJson.ToUtf8Bytes(plan), kind.Get % JsonMutation.Kinds, pick.Get, variant.Get));

    [Fact]
    public void Parse_HostileCorpusAndFuzzSeeds_GiveTheReferenceDocumentOrItsException()
    {
        var files = HostileCorpus.All.Where(c => !c.IsTable).Select(c => c.Place(_folder.FullName))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "SdgMap.Fuzz", "seeds", "json")))
            .Concat(RepoPaths.ShippedPlans())
            .Where(p => File.Exists(p) && new FileInfo(p).Length is > 0 and < 16_000_000)
            .ToList();
        Assert.True(files.Count > 50, $"only {files.Count} files");
        Assert.All(files, path => AssertSameOutcome(File.ReadAllBytes(path)));
    }

    [Theory]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [ { "id": "e", "level": "施策", "sdgMarks": "Lost" } ] }""")]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "id": "q", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [] }""")]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [ { "id": "e", "level": "施策", "sdg": [ "18" ] } ] }""")]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [ { "id": "e", "level": "施策", "normalizedCode": "1" } ] }""")]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [ null ], "elements": [] }""")]
    [InlineData("""{ "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [] }""")]
    [InlineData("""{ "format": "sdgmap.plan/1", "id": "p", "municipality": { "name": "市" }, "title": "t", "levels": [], "elements": [ { "id": "e", "level": "施策", "suggested": { "sdg": [ { "id": "1.1", "evidence": [ { "field": "title", "start": null, "text": "a", "matched": "a" } ] } ] } } ] }""")]
    public void Parse_InputTheReferenceRefuses_ThrowsTheReferenceException(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        Assert.NotNull(Outcome(bytes, byReference: true).Error);
        AssertSameOutcome(bytes);
    }
}
