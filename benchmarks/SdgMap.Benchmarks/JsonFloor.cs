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
            tokens += Tokenise(bytes);
        }

        return tokens;
    }

    /// <summary>Reads every token of one file and does nothing with it; the count of tokens.</summary>
    public static int Tokenise(ReadOnlySpan<byte> file)
    {
        var tokens = 0;
        var reader = new Utf8JsonReader(file);
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Parses every file into the model on one thread; the count of elements read.</summary>
    public static int Parse(IEnumerable<byte[]> files) => files.Sum(bytes => Parse(bytes));

    /// <summary>Parses one file into the model; the count of elements read.</summary>
    public static int Parse(ReadOnlySpan<byte> file) => PlanJson.Parse(file).Plan.Elements.Count;
}
