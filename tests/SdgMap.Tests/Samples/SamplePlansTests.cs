using SdgMap.Graph;
using SdgMap.Samples;
using SdgMap.Serialization;

namespace SdgMap.Tests.Samples;

public class SamplePlansTests
{
    [Fact]
    public void Load_ReturnsTheFiveShippedPlans_EqualToTheFiles()
    {
        var files = RepoPaths.ShippedPlans().ToList();
        var samples = SamplePlans.Load();
        Assert.Equal(5, samples.Count);
        Assert.Equal(files.Select(Path.GetFileName), SamplePlans.Names);
        for (var i = 0; i < files.Count; i++)
        {
            var file = PlanJson.Load(files[i]);
            Assert.Equal(file.Plan, samples[i].Plan);
            Assert.Equal(file.ElementLines, samples[i].ElementLines);
            Assert.Equal("sample:" + Path.GetFileName(files[i]), samples[i].Path);
        }
    }

    [Fact]
    public void Load_NamesTheFiveMunicipalities_AndBuildsOneGraph()
    {
        var graph = PlanGraph.Build(SamplePlans.Load());
        Assert.Equal(["三郷市", "久喜市", "北本市", "志木市", "清瀬市"], graph.Plans.Select(p => p.Municipality.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ByName_WithOrWithoutJson_ReturnsTheSameDocument()
    {
        var kuki = SamplePlans.Load("kuki-2nd-plan-basic-plan-goals-7-8-draft");
        Assert.Same(kuki, SamplePlans.Load("kuki-2nd-plan-basic-plan-goals-7-8-draft.json"));
        Assert.Equal("久喜市", kuki.Plan.Municipality.Name);
    }

    [Fact]
    public void Load_UnknownName_ListsTheSamples()
    {
        var e = Assert.Throws<ArgumentException>(() => SamplePlans.Load("tokyo"));
        Assert.Contains("'tokyo'", e.Message, StringComparison.Ordinal);
        Assert.Contains("misato-measures-draft.json", e.Message, StringComparison.Ordinal);
    }
}
