using System.Text;
using SdgMap.Serialization;

namespace SdgMap.Tests.Serialization;

public class PlanLimitsTests
{
    private static string Plan(string elements) =>
        $$"""{ "format": "sdgmap.plan/1", "id": "x", "municipality": { "name": "市" }, "title": "t", "levels": [ { "name": "施策" } ], "elements": [ {{elements}} ] }""";

    [Fact]
    public void DeepNesting_IsAClearError_NotAStackOverflow()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var typed = Assert.Throws<PlanInputException>(() => PlanJson.Parse(Plan($$"""{ "id": "a", "level": "施策", "title": "t", "notes": {{deep}} }"""), "deep.json"));
        Assert.Equal("$.elements[0].notes[0]", typed.Path);
        var unknown = Assert.Throws<PlanInputException>(() => PlanJson.Parse(deep, "deep.json"));
        Assert.StartsWith("deep.json:1", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongString_PastTheLimit_NamesTheLine()
    {
        var title = new string('あ', 400_000);
        var json = Plan($$"""{ "id": "a", "level": "施策",{{"\n"}}"title": "{{title}}" }""");
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, "long.json"));
        Assert.Equal(2, e.Line);
        Assert.Contains("PlanLimits.MaxStringBytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongString_WithinARaisedLimit_Reads()
    {
        var title = new string('あ', 400_000);
        var plan = PlanJson.Parse(Plan($$"""{ "id": "a", "level": "施策", "title": "{{title}}" }"""), "long.json", new PlanLimits { MaxStringBytes = 2_000_000 }).Plan;
        Assert.Equal(400_000, plan.Elements[0].Title!.Length);
    }

    [Fact]
    public void TooManyElements_IsAClearError()
    {
        var elements = string.Join(',', Enumerable.Range(0, 11).Select(i => $$"""{ "id": "e{{i}}", "level": "施策", "title": "t" }"""));
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(Plan(elements), "many.json", new PlanLimits { MaxElements = 10 }));
        Assert.Contains("11 elements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeFile_IsRefusedBeforeReading()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Plan(string.Empty), Encoding.UTF8);
            var e = Assert.Throws<PlanInputException>(() => PlanJson.Load(path, new PlanLimits { MaxFileBytes = 16 }));
            Assert.Contains("PlanLimits.MaxFileBytes", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"title\": \"a\u0000b\"")]
    [InlineData("\"title\": \"\\ud800\"")]
    public void ControlCharactersAndLoneSurrogates_ReadOrFailCleanly(string title)
    {
        try
        {
            var plan = PlanJson.Parse(Plan($$"""{ "id": "a", "level": "施策", {{title}} }"""), "odd.json").Plan;
            Assert.NotNull(plan.Elements[0].Title);
            Assert.Equal(plan, PlanJson.Parse(PlanJson.Serialize(plan)).Plan);
        }
        catch (PlanInputException e)
        {
            Assert.StartsWith("odd.json", e.Message, StringComparison.Ordinal);
        }
    }
}
