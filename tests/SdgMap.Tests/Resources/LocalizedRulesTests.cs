using System.Text.Json;
using System.Text.RegularExpressions;
using SdgMap.Validation;

namespace SdgMap.Tests.Resources;

/// <summary>Rule descriptions and help in the UI culture (sdgmap rules, SARIF); ids, names and severities never change.</summary>
public partial class LocalizedRulesTests
{
    private static IReadOnlyList<ValidationRule> Rules(string culture)
    {
        using var _ = UiCulture.Use(culture);
        return ValidationRules.All;
    }

    [Fact]
    public void Rules_InJapanese_KeepIdsNamesAndSeverities_AndTranslateEveryText()
    {
        var english = Rules("en");
        var japanese = Rules("ja");
        Assert.Equal(english.Select(r => (r.Id, r.Name, r.DefaultSeverity)), japanese.Select(r => (r.Id, r.Name, r.DefaultSeverity)));
        Assert.All(english.Zip(japanese), pair =>
        {
            Assert.NotEqual(pair.First.Description, pair.Second.Description);
            Assert.NotEqual(pair.First.Help, pair.Second.Help);
            Assert.Matches(@"\p{IsHiragana}", pair.Second.Description);
        });
    }

    [Fact]
    public void JapaneseHelp_KeepsEveryPropertyNameAndValueInBackticks()
    {
        // Property names and values are what a user types into the plan file: a translation keeps them as they are.
        Assert.All(Rules("en").Zip(Rules("ja")), pair =>
            Assert.True(Code(pair.First.Help).SetEquals(Code(pair.Second.Help)), $"{pair.First.Id}: {string.Join(" ", Code(pair.First.Help))} / {string.Join(" ", Code(pair.Second.Help))}"));
    }

    [Theory]
    [InlineData("en", "SDG001", "Element ids are unique in a plan.")]
    [InlineData("ja", "SDG001", "計画の中で要素の ID が重複していないこと。")]
    [InlineData("ja", "SDG018", "指定した階層のすべての要素に、SDG への関連が一つ以上あること（階層を指定したときだけ確認します）。")]
    public void RuleDescription_ReadsInTheUiCulture(string culture, string id, string description) =>
        Assert.Equal(description, Rules(culture).Single(r => r.Id == id).Description);

    [Fact]
    public void NamedRule_FollowsTheCultureItIsAskedIn()
    {
        string english, japanese;
        using (UiCulture.Use("en"))
        {
            english = ValidationRules.MissingSdgLink.Description;
        }

        using (UiCulture.Use("ja"))
        {
            japanese = ValidationRules.MissingSdgLink.Description;
        }

        Assert.StartsWith("Every element at the required level", english, StringComparison.Ordinal);
        Assert.StartsWith("指定した階層のすべての要素に", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesCommand_WithLangJa_PrintsJapaneseDescriptions_UnderTheSameIds()
    {
        var english = Cli.CliRun.Run("rules", "--format", "json");
        var japanese = Cli.CliRun.Run("rules", "--format", "json", "--lang", "ja");
        Assert.Equal(0, japanese.Code);
        var (en, ja) = (Rows(english.Out), Rows(japanese.Out));
        Assert.Equal(en.Select(r => (r.Id, r.Name)), ja.Select(r => (r.Id, r.Name)));
        Assert.Equal("計画の中で要素の ID が重複していないこと。", ja[0].Description);
        Assert.Equal("Element ids are unique in a plan.", en[0].Description);
    }

    [Fact]
    public void RulesCsv_WithLangJa_IsJapanese()
    {
        var (code, output, _) = Cli.CliRun.Run("rules", "--format", "csv", "--lang", "ja");
        Assert.Equal(0, code);
        Assert.Contains("SDG020,municipality-code,warning,団体コードが6桁で、検査数字が正しいこと。,", output, StringComparison.Ordinal);
    }

    private static List<(string Id, string Name, string Description)> Rows(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("description").GetString()!))];
    }

    private static HashSet<string> Code(string markdown) => [.. CodeSpan().Matches(markdown).Select(m => m.Value)];

    [GeneratedRegex("`[^`]+`")]
    private static partial Regex CodeSpan();
}
