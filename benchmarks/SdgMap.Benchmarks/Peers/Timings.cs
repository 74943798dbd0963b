using System.Globalization;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// A peer's <c>timings.txt</c>: one line per query, <c>query median_ms [bytes]</c>, the format
/// every peer writes and <c>run-peers.sh</c> reads.
/// </summary>
public sealed class Timings(string folder)
{
    private readonly List<string> _lines = [];

    /// <summary>Records a query's median time, and for load and save the bytes it handled.</summary>
    public void Add(string query, double ms, long? bytes = null)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{query} {ms:F2}") + (bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $" {b}") : string.Empty);
        _lines.Add(line);
        Console.WriteLine(line);
        File.WriteAllLines(Path.Combine(folder, "timings.txt"), _lines);
    }
}
