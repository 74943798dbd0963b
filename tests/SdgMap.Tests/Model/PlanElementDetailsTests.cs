using FsCheck.Xunit;
using SdgMap.Model;
using SdgMap.Tests.Serialization;
using Xunit;

namespace SdgMap.Tests.Model;

/// <summary>The rarely-set parts of an element live in a side object; equality, hashing and <c>with</c> must not notice.</summary>
public class PlanElementDetailsTests
{
    private static PlanElement Bare(PlanElement e) => new()
    {
        Id = e.Id,
        Code = e.Code,
        Level = e.Level,
        Title = e.Title,
        Parent = e.Parent,
        Description = e.Description,
        Sdg = e.Sdg,
        SdgMarks = e.SdgMarks,
        Tags = e.Tags,
        Priority = e.Priority,
    };

    [Property(Arbitrary = [typeof(PlanJsonWriterTests.RichPlans)], MaxTest = 200)]
    public void Element_RebuiltPartByPart_EqualsTheOriginalAndHashesTheSame(Plan plan)
    {
        foreach (var e in plan.Elements)
        {
            var rebuilt = Bare(e) with
            {
                TargetState = e.TargetState,
                Sections = [.. e.Sections],
                Suggested = e.Suggested,
                Review = e.Review,
                References = [.. e.References],
                Kpis = [.. e.Kpis],
                RelatedPlans = [.. e.RelatedPlans],
                Variants = [.. e.Variants],
                Lost = [.. e.Lost],
                Source = e.Source,
                Notes = [.. e.Notes],
            };
            Assert.Equal(e, rebuilt);
            Assert.Equal(e.GetHashCode(), rebuilt.GetHashCode());
        }
    }

    [Fact]
    public void Element_WithDefaultsSetExplicitly_EqualsOneThatLeavesThemOut()
    {
        var bare = new PlanElement { Id = "1", Level = "施策" };
        var explicitDefaults = bare with { Sections = [], Kpis = [], Notes = [], TargetState = null, Source = null };
        Assert.Equal(bare, explicitDefaults);
        Assert.Null(explicitDefaults.Details);
        Assert.Equal(bare.GetHashCode(), explicitDefaults.GetHashCode());
    }

    [Fact]
    public void With_ChangingOnePart_LeavesTheOriginalAndItsOtherPartsAlone()
    {
        var note = new PlanElement { Id = "1", Level = "施策", Notes = ["備考"], Source = new SourceLocation { Page = "p.3" } };
        var changed = note with { Notes = ["別の備考"] };
        Assert.Equal(["備考"], note.Notes);
        Assert.Equal(["別の備考"], changed.Notes);
        Assert.Equal("p.3", changed.Source?.Page);
        Assert.NotEqual(note, changed);

        var cleared = changed with { Notes = [], Source = null };
        Assert.Null(cleared.Details);
        Assert.Equal(new PlanElement { Id = "1", Level = "施策" }, cleared);
    }
}
