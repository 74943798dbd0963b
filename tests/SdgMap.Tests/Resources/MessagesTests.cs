using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SdgMap.Tests.Resources;

/// <summary>Every message has its Japanese translation, with the same placeholders, and the satellite assemblies are found at run time.</summary>
public partial class MessagesTests
{
    private static readonly string[] Files =
    [
        "src/SdgMap/Resources/Messages",
        "src/SdgMap.Cli/Resources/CliText",
        "src/SdgMap.Excel/Resources/ExcelMessages",
    ];

    public static TheoryData<string> ResourceFiles => new(Files);

    /// <summary>The assembly and resource name each file is compiled into.</summary>
    private static (System.Reflection.Assembly Assembly, string BaseName) Compiled(string file) => file switch
    {
        _ when file.Contains("Cli", StringComparison.Ordinal) => (typeof(SdgMap.Cli.Cli).Assembly, "SdgMap.Cli.Resources.CliText"),
        _ when file.Contains("Excel", StringComparison.Ordinal) => (typeof(SdgMap.Excel.PlanWorkbook).Assembly, "SdgMap.Excel.Resources.ExcelMessages"),
        _ => (typeof(SdgMap.Model.Plan).Assembly, "SdgMap.Resources.Messages"),
    };

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryKey_HasAJapaneseTranslation_WithTheSamePlaceholders(string file)
    {
        var english = Entries(file + ".resx");
        var japanese = Entries(file + ".ja.resx");
        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(japanese[e.Key]), e.Key);
            Assert.True(Placeholders(e.Value).SetEquals(Placeholders(japanese[e.Key])), $"{e.Key}: «{e.Value}» and «{japanese[e.Key]}» differ in placeholders");
        });
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void JapaneseSatellite_IsDeployed_AndHoldsEveryKey(string file)
    {
        var (assembly, baseName) = Compiled(file);
        var japanese = new ResourceManager(baseName, assembly).GetResourceSet(CultureInfo.GetCultureInfo("ja"), createIfNotExists: true, tryParents: false);
        Assert.NotNull(japanese);
        Assert.All(Entries(file + ".resx").Keys, key => Assert.NotNull(japanese.GetString(key)));
    }

    [Fact]
    public void JapaneseMessages_UseJapaneseQuotes_NotEnglishOnes()
    {
        // Codes, titles and ids are quoted 「…」 in Japanese; a stray 'x' means a message was left half-translated.
        var japanese = Files.SelectMany(file => Entries(file + ".ja.resx"));
        Assert.All(japanese, e => Assert.DoesNotMatch(@"'\{\d+\}'", e.Value));
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
