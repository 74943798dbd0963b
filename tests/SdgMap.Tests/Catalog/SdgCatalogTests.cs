using System.Text.RegularExpressions;
using SdgMap.Catalog;

namespace SdgMap.Tests.Catalog;

public class SdgCatalogTests
{
    private static readonly SdgCatalog Catalog = SdgCatalog.Default;

    [Fact]
    public void Catalogue_Has17GoalsAnd169Targets()
    {
        Assert.Equal(17, Catalog.Goals.Count);
        Assert.Equal(169, Catalog.Targets.Count);
        Assert.Equal(169, Catalog.Targets.Select(t => t.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 17), Catalog.Goals.Select(g => g.Number));
    }

    [Theory]
    [InlineData(11, 10)]
    [InlineData(16, 12)]
    [InlineData(17, 19)]
    [InlineData(14, 10)]
    public void Goal_HasItsNumberOfTargets(int goal, int targets) =>
        Assert.Equal(targets, Catalog.Goals[goal - 1].Targets.Count);

    [Fact]
    public void LetteredTargets_AreIncluded()
    {
        Assert.True(Catalog.Contains(SdgId.Parse("11.a")));
        Assert.True(Catalog.Contains(SdgId.Parse("17.19")));
        Assert.Equal(43, Catalog.Targets.Count(t => char.IsAsciiLetter(t.Id.TargetSuffix![0])));
    }

    [Fact]
    public void Goals_HaveJapaneseTitlesAndDistinctOfficialColours()
    {
        Assert.All(Catalog.Goals, g =>
        {
            Assert.Matches(new Regex("^#[0-9A-F]{6}$"), g.Colour);
            Assert.False(string.IsNullOrWhiteSpace(g.TitleJa));
            Assert.False(string.IsNullOrWhiteSpace(g.ShortTitleJa));
        });
        Assert.Equal(17, Catalog.Goals.Select(g => g.Colour).Distinct().Count());
        Assert.Equal("#E5243B", Catalog.Goals[0].Colour);
        Assert.Equal("平和と公正をすべての人に", Catalog.Goals[15].ShortTitleJa);
    }

    [Fact]
    public void Targets_AllHaveJapaneseTitles() =>
        Assert.All(Catalog.Targets, t => Assert.False(string.IsNullOrWhiteSpace(t.TitleJa), $"target {t.Id} has no Japanese title"));

    [Fact]
    public void Target16_6_HasItsTitlesAndIndicators()
    {
        var target = Catalog.Target(SdgId.Parse("16.6"));
        Assert.StartsWith("Develop effective, accountable and transparent institutions", target.TitleEn, StringComparison.Ordinal);
        Assert.Equal(["16.6.1", "16.6.2"], target.Indicators.Select(i => i.Code));
    }

    [Fact]
    public void Find_Indicator_ReturnsEveryListing()
    {
        var entry = Assert.IsType<SdgCatalogEntry.Indicator>(Catalog.Find("16.6.1", out _));
        Assert.Single(entry.Listings);
    }

    [Fact]
    public void Find_UnknownIndicator_SaysSo()
    {
        Assert.Null(Catalog.Find("16.6.9", out var error));
        Assert.Equal("'16.6.9' is not an SDG indicator of the global framework.", error);
    }

    [Fact]
    public void Indicators_AreListedUnderTargetsOfTheCatalogue() =>
        Assert.All(Catalog.Indicators, i => Assert.True(Catalog.Contains(i.Target), i.Code));
}
