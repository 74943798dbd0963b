using SdgMap.Catalog;
using SdgMap.Suggestions;

namespace SdgMap.Tests.Suggestions;

public class MentionsTests
{
    [Theory]
    [InlineData("ターゲット11.2に貢献する", "11.2")]
    [InlineData("SDGs目標3の達成", "3")]
    [InlineData("ＳＤＧｓのゴール１６", "16")]
    [InlineData("This supports Goal 4.", "4")]
    [InlineData("see SDG 11.a and target 16.6", "11.a 16.6")]
    [InlineData("基本目標3 安心して暮らせるまち", "")]
    [InlineData("1日1.25ドル未満", "")]
    [InlineData("ターゲット16.11", "")]
    [InlineData("SDGs18番目の目標", "")]
    public void In_FindsOnlyExplicitMentionsOfCatalogueIds(string text, string expected)
    {
        var found = Mentions.In(MatchText.Of(text).Text, SdgCatalog.Default).Select(m => m.Id.ToString());
        Assert.Equal(expected, string.Join(' ', found));
    }
}
