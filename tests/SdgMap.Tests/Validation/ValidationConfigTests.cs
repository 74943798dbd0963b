using SdgMap.Serialization;
using SdgMap.Validation;

namespace SdgMap.Tests.Validation;

public class ValidationConfigTests
{
    [Fact]
    public void Parse_ReadsLevelAndSeverities()
    {
        var options = ValidationConfig.Parse("""
            // comments are allowed
            { "requireSdgAt": "施策", "severities": { "SDG014": "off", "title-variant": "error" } }
            """);
        Assert.Equal("施策", options.RequireSdgAt);
        Assert.Null(options.Severities["SDG014"]);
        Assert.Equal(Severity.Error, options.Severities["title-variant"]);
    }

    [Theory]
    [InlineData("{ \"severities\": { \"SDG999\": \"off\" } }", "no rule 'SDG999'")]
    [InlineData("{ \"severities\": { \"SDG001\": \"fatal\" } }", "severity 'fatal'")]
    [InlineData("{ \"level\": 1 }", "unexpected 'level'")]
    [InlineData("[]", "expected an object")]
    [InlineData("{", "")]
    public void Parse_Bad_NamesFileAndKey(string json, string problem)
    {
        var e = Assert.Throws<PlanInputException>(() => ValidationConfig.Parse(json, "sdgmap.json"));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("sdgmap.json", e.Message, StringComparison.Ordinal);
    }
}
