using System.Text.Json;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// The load floor: <see cref="Utf8JsonReader"/> reads every token of every file and builds no
/// objects, only the counts of the load answer (so its answer can be checked like the others).
/// </summary>
internal static class TokenFloor
{
    public static void Run(byte[][] files, byte[] combined, string output, int runs)
    {
        var timings = new Timings(output);
        List<PlanCounts> counts = [];
        List<PlanCounts> fromCombined = [];
        Warm.TimeAll(timings, runs,
        [
            ("load", files.Sum(b => (long)b.Length), () => counts = [.. files.SelectMany(f => Count(f, 0))]),
            ("load-combined", combined.Length, () => fromCombined = Count(combined, 1)),
        ]);
        Csv.WriteSorted(Path.Combine(output, "load.csv"), PlanCounts.Header, counts.Select(c => c.Row()));
        Csv.WriteSorted(Path.Combine(output, "load-combined.csv"), PlanCounts.Header, fromCombined.Select(c => c.Row()));
    }

    // Depths as Utf8JsonReader counts them in a plan file: the plan's properties at 1, element
    // objects at 2, element properties at 3, the items of an element's own "sdg" and "tags"
    // arrays at 4; one deeper (shift 1) inside the combined file's array.
    private static List<PlanCounts> Count(byte[] bytes, int shift)
    {
        var reader = new Utf8JsonReader(bytes);
        var plans = new List<PlanCounts>();
        string? id = null;
        var inElements = false;
        var property = 0; // 1: "sdg", 2: "tags", 0: anything else
        int elements = 0, links = 0, tags = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when reader.CurrentDepth == shift:
                    (id, inElements, elements, links, tags) = (null, false, 0, 0, 0);
                    break;
                case JsonTokenType.EndObject when reader.CurrentDepth == shift:
                    plans.Add(new PlanCounts(id ?? string.Empty, elements, links, tags));
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == shift + 1:
                    inElements = reader.ValueTextEquals("elements"u8);
                    if (reader.ValueTextEquals("id"u8))
                    {
                        reader.Read();
                        id = reader.GetString();
                    }

                    break;
                case JsonTokenType.StartObject when inElements && reader.CurrentDepth == shift + 2:
                    elements++;
                    break;
                case JsonTokenType.PropertyName when inElements && reader.CurrentDepth == shift + 3:
                    property = reader.ValueTextEquals("sdg"u8) ? 1 : reader.ValueTextEquals("tags"u8) ? 2 : 0;
                    break;
                case JsonTokenType.String when inElements && reader.CurrentDepth == shift + 4:
                    links += property == 1 ? 1 : 0;
                    tags += property == 2 ? 1 : 0;
                    break;
                default:
                    break;
            }
        }

        return plans;
    }
}
