using System.Text.Json.Nodes;
using SdgMap.Serialization;

namespace SdgMap.Tests.Serialization;

/// <summary>
/// A value of the wrong JSON type, at every property the shipped plans use, is refused in the
/// user's terms: what was written, where, and what the format expects; never .NET's type names.
/// </summary>
public class WrongJsonTypeTests
{
    /// <summary>One path of each distinct property (indexes taken as the first of each list) in the shipped plans.</summary>
    public static TheoryData<string, string> Places()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in RepoPaths.ShippedPlans())
        {
            foreach (var (path, node) in Values(JsonNode.Parse(File.ReadAllText(file))!, "$"))
            {
                var shape = System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");
                if (seen.Add(shape + ":" + node.GetValueKind()))
                {
                    data.Add(Path.GetFileName(file), path);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void WrongType_SaysWhatWasWrittenAndWhatIsExpected_WithoutDotNetNames(string file, string path)
    {
        foreach (var culture in (string[])["en", "ja"])
        {
            using var _ = UiCulture.Use(culture);
            var (json, written) = WithWrongType(File.ReadAllText(Path.Combine(RepoPaths.Plans, file)), path);
            var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json, file));
            Assert.DoesNotContain("SdgMap.", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("token type", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("could not be converted", e.Message, StringComparison.Ordinal);
            Assert.StartsWith(file + ":", e.Message, StringComparison.Ordinal);
            Assert.True(e.Path is not null && path.StartsWith(e.Path, StringComparison.Ordinal), $"{e.Path} is not a prefix of {path}");
            Assert.Contains(written, e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "\"priority\": \"yes\"", "'priority' is the string \"yes\"; expected true or false (without quotes).")]
    [InlineData("ja", "\"priority\": \"yes\"", "「priority」の値が文字列 \"yes\"になっています。true または false（引用符なし）を書いてください。")]
    [InlineData("en", "\"title\": 12", "'title' is the number 12; expected text in double quotes, such as \"…\".")]
    [InlineData("en", "\"sdg\": \"16.6\"", "'sdg' is the string \"16.6\"; expected a list [ … ].")]
    [InlineData("en", "\"sdgMarks\": \"Lost\"", "'sdgMarks' is the string \"Lost\"; expected one of \"declared\"")]
    [InlineData("en", "\"lost\": [ 0 ]", "'lost[0]' is the number 0; expected one of \"title\"")]
    [InlineData("en", "\"titel\": \"t\"", "unknown property 'titel'; the properties here are: id, code, level, title,")]
    [InlineData("ja", "\"titel\": \"t\"", "「titel」というプロパティはありません。ここに書けるプロパティは次のとおりです: id, code, level, title,")]
    public void WrongValue_IsDescribedInTheUiCulture(string culture, string property, string expected)
    {
        using var _ = UiCulture.Use(culture);
        var json = $$"""{ "format": "sdgmap.plan/1", "id": "x", "municipality": { "name": "架空市" }, "title": "t", "levels": [ { "name": "施策" } ], "elements": [ { "id": "1", "level": "施策", "title": "t", {{property}} } ] }""";
        var e = Assert.Throws<PlanInputException>(() => PlanJson.Parse(json.Replace("\"title\": \"t\", \"title\"", "\"title\"", StringComparison.Ordinal), "p.json"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("element '1'", culture == "en" ? e.Message : e.Message.Replace("要素「1」", "element '1'", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Path, JsonNode Node)> Values(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    if (child is not null)
                    {
                        yield return ($"{path}.{name}", child);
                        foreach (var inner in Values(child, $"{path}.{name}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        yield return ($"{path}[{i}]", item);
                        foreach (var inner in Values(item, $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    /// <summary>The plan with the value at <paramref name="path"/> replaced by one of another JSON type, and how a message shows it.</summary>
    private static (string Json, string Written) WithWrongType(string json, string path)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, key, index) = Locate(root, path);
        var old = index is { } i ? parent[i]! : parent[key!]!;
        var (replacement, written) = old.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => ((JsonNode)JsonValue.Create(4242), "4242"),
            System.Text.Json.JsonValueKind.Number => (JsonValue.Create("wrong-type"), "wrong-type"),
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => (JsonValue.Create("wrong-type"), "wrong-type"),
            _ => (JsonValue.Create("wrong-type"), "wrong-type"),
        };
        if (index is { } at)
        {
            parent[at] = replacement;
        }
        else
        {
            parent[key!] = replacement;
        }

        return (root.ToJsonString(), written);
    }

    private static (JsonNode Parent, string? Key, int? Index) Locate(JsonNode root, string path)
    {
        var steps = System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]").ToList();
        var node = root;
        for (var s = 0; s < steps.Count - 1; s++)
        {
            node = steps[s].Groups[1].Success ? node[steps[s].Groups[1].Value]! : node[int.Parse(steps[s].Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        var last = steps[^1];
        return last.Groups[1].Success ? (node, last.Groups[1].Value, null) : (node, null, int.Parse(last.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
