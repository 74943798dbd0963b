namespace SdgMap.Tests.Parquet;

/// <summary>The schema as docs/parquet.md documents it: per table, its columns' names, types and nullability, in order.</summary>
internal static class ParquetDocs
{
    public static IReadOnlyDictionary<string, List<(string Name, string Type, bool Nullable)>> Tables { get; } = Read();

    private static Dictionary<string, List<(string, string, bool)>> Read()
    {
        var tables = new Dictionary<string, List<(string, string, bool)>>(StringComparer.Ordinal);
        List<(string, string, bool)>? current = null;
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "parquet.md")))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                current = tables[line[4..].Trim()] = [];
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (current is not null && cells.Length >= 5 && cells[0].Length == 0 && cells[1] is not ("column" or "---"))
            {
                current.Add((cells[1], cells[2], cells[3] == "yes"));
            }
        }

        return tables;
    }
}
