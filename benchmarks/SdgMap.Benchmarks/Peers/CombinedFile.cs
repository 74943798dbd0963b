using System.Text.Json;
using SdgMap.Model;
using SdgMap.Serialization;

namespace SdgMap.Benchmarks.Peers;

/// <summary>
/// The whole corpus in one file: a JSON array whose items are plan documents byte for byte as
/// <see cref="PlanJson"/> writes them, so any JSON reader loads it and SdgMap loads each item
/// with <see cref="PlanJson.Parse(ReadOnlySpan{byte}, string?, PlanLimits?)"/>.
/// </summary>
public static class CombinedFile
{
    /// <summary>
    /// The combined file's name in a corpus folder; not <c>*.json</c>, so that a folder scan
    /// (<see cref="PlanFiles.Find"/>) still finds one file per plan.
    /// </summary>
    public const string Name = "all-plans.jsonarray";

    /// <summary>Writes <paramref name="plans"/> as one JSON array to <paramref name="path"/>.</summary>
    public static void Write(IEnumerable<Plan> plans, string path)
    {
        using var writer = new Writer(path);
        foreach (var plan in plans)
        {
            writer.Add(PlanJson.ToUtf8Bytes(plan));
        }

        writer.Complete();
    }

    /// <summary>The combined file written one plan at a time, so that a corpus too large to hold streams through.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly FileStream _stream;
        private bool _first = true;

        /// <summary>Creates <paramref name="path"/> and opens the array.</summary>
        public Writer(string path)
        {
            _stream = File.Create(path);
            _stream.Write("[\n"u8);
        }

        /// <summary>Appends one plan file's bytes (<see cref="PlanJson.ToUtf8Bytes"/>) as the next item.</summary>
        public void Add(byte[] planFile)
        {
            if (!_first)
            {
                _stream.Write(",\n"u8);
            }

            _first = false;
            _stream.Write(planFile, 0, planFile.Length - 1); // the plan file's final line end; the separator brings its own
        }

        /// <summary>Closes the array; a file left without it is not valid JSON, as it should not be.</summary>
        public void Complete() => _stream.Write("\n]\n"u8);

        /// <summary>Closes the file.</summary>
        public void Dispose() => _stream.Dispose();
    }

    /// <summary>
    /// Reads a combined file: the array is tokenised once to find each item's bytes, and each item
    /// is parsed as a plan file, so every check <see cref="PlanJson"/> makes still applies.
    /// </summary>
    public static IReadOnlyList<PlanDocument> Read(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses a combined file's bytes; <paramref name="path"/> names it in messages.</summary>
    public static IReadOnlyList<PlanDocument> Parse(byte[] bytes, string path)
    {
        var documents = new List<PlanDocument>();
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new PlanInputException("expected a JSON array of plan documents.", path, 1);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            documents.Add(PlanJson.Parse(bytes.AsSpan(start, end - start), $"{path}[{documents.Count}]"));
        }

        return documents;
    }
}
