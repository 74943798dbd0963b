using System.Text.Json;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks;

/// <summary>The passes every load benchmark compares: tokenising only (the floor) and parsing into the model.</summary>
internal static class JsonFloor
{
    /// <summary>Reads every token of every file and does nothing with it.</summary>
    public static int Tokenise(IEnumerable<byte[]> files)
    {
        var tokens = 0;
        foreach (var bytes in files)
        {
            var reader = new Utf8JsonReader(bytes);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    /// <summary>Parses every file into the model on one thread; the count of elements read.</summary>
    public static int Parse(IEnumerable<byte[]> files) => files.Sum(bytes => PlanJson.Parse(bytes).Plan.Elements.Count);
}
