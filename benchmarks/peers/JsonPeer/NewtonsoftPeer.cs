using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// Newtonsoft.Json loading each plan file into a <see cref="JObject"/> (no typed model: the
/// schema has no Newtonsoft classes, and a tree is what a script without SdgMap would use), and
/// saving the trees back indented by two spaces with a final line end, as plan files are written.
/// </summary>
internal static class NewtonsoftPeer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Run(byte[][] files, byte[] combined, string output, int runs)
    {
        var timings = new Timings(output);
        var total = files.Sum(b => (long)b.Length);
        JObject[] trees = [];
        JArray all = [];
        byte[][] saved = [];
        Warm.TimeAll(timings, runs,
        [
            ("load", total, () => trees = [.. files.Select(Load<JObject>)]),
            ("load-combined", combined.Length, () => all = Load<JArray>(combined)),
            ("save", total, () => saved = [.. trees.Select(Save)]),
        ]);
        Csv.WriteSorted(Path.Combine(output, "load.csv"), PlanCounts.Header, trees.Select(t => Count(t).Row()));
        Csv.WriteSorted(Path.Combine(output, "load-combined.csv"), PlanCounts.Header, all.Cast<JObject>().Select(t => Count(t).Row()));
        Csv.WriteSorted(Path.Combine(output, "save.csv"), "plan,sha256", trees.Select((t, i) => Csv.Row((string?)t["id"], Convert.ToHexStringLower(SHA256.HashData(saved[i])))));
    }

    private static T Load<T>(byte[] bytes)
        where T : JToken
    {
        using var text = new StreamReader(new MemoryStream(bytes), Utf8);
        // Strings stay strings: by default Newtonsoft turns date-like text into DateTime.
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        return (T)JToken.ReadFrom(reader);
    }

    private static byte[] Save(JObject tree)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, Utf8, leaveOpen: true) { NewLine = "\n" })
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            tree.WriteTo(writer);
            writer.Flush();
            text.Write('\n');
        }

        return stream.ToArray();
    }

    private static PlanCounts Count(JObject tree)
    {
        var elements = (JArray)tree["elements"]!;
        return new PlanCounts(
            (string)tree["id"]!,
            elements.Count,
            elements.Sum(e => (e["sdg"] as JArray)?.Count ?? 0),
            elements.Sum(e => (e["tags"] as JArray)?.Count ?? 0));
    }
}
