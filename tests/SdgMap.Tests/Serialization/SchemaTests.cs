using FsCheck.Xunit;
using NJsonSchema;
using SdgMap.Model;
using SdgMap.Serialization;
using SdgMap.Tests.Generators;

namespace SdgMap.Tests.Serialization;

public class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Data, "schema", "plan.schema.json")).GetAwaiter().GetResult();

    public static TheoryData<string> ShippedPlans() => [.. RepoPaths.ShippedPlans().Select(p => Path.GetFileName(p))];

    [Theory]
    [MemberData(nameof(ShippedPlans))]
    public void ShippedPlan_ValidatesAgainstSchema(string file)
    {
        var errors = Schema.Validate(File.ReadAllText(Path.Combine(RepoPaths.Plans, file)));
        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool WrittenPlans_ValidateAgainstSchema(Plan plan) => Schema.Validate(PlanJson.Serialize(plan)).Count == 0;

    [Fact]
    public void Schema_RejectsUnknownProperty() =>
        Assert.NotEmpty(Schema.Validate("""{ "format": "sdgmap.plan/1", "id": "a", "municipality": { "name": "x" }, "title": "t", "levels": [ { "name": "l" } ], "elements": [], "extra": 1 }"""));
}
