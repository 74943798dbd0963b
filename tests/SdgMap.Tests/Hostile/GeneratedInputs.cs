using System.Text;

namespace SdgMap.Tests.Hostile;

/// <summary>Hostile inputs written on the fly: too big, too deep or too long to keep in the repository.</summary>
internal static class GeneratedInputs
{
    private const string Head = """
        {
          "format": "sdgmap.plan/1",
          "id": "hostile",
          "municipality": { "name": "架空市" },
          "title": "敵対的入力",
          "levels": [ { "name": "政策" }, { "name": "施策" } ],
          "elements": [
            { "id": "1", "level": "政策", "title": "安心なまち" },

        """;

    /// <summary>A plan whose second element (line 9) is <paramref name="element"/>.</summary>
    public static string Plan(string element) => Head + "    " + element + "\n  ]\n}\n";

    public static Func<string, string> Written(string name, Func<string> text) => folder =>
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text(), new UTF8Encoding(false));
        return path;
    };

    /// <summary>
    /// A file of <paramref name="bytes"/> bytes that starts like a plan and is sparse after that:
    /// it takes no time to write and no disk, and only a reader that reads it whole would notice its size.
    /// </summary>
    public static Func<string, string> Sparse(string name, long bytes) => folder =>
    {
        var path = Path.Combine(folder, name);
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.Write(Encoding.UTF8.GetBytes(Head));
        stream.SetLength(bytes);
        return path;
    };

    /// <summary>A plan of <paramref name="count"/> elements, each the parent of the next.</summary>
    public static string Chain(int count)
    {
        var text = new StringBuilder(Head.Replace("{ \"name\": \"施策\" }", "{ \"name\": \"施策\" }, { \"name\": \"事業\" }", StringComparison.Ordinal));
        for (var i = 2; i <= count; i++)
        {
            text.Append("    { \"id\": \"").Append(i).Append("\", \"level\": \"事業\", \"title\": \"連鎖\", \"parent\": \"").Append(i - 1).Append("\" }");
            text.Append(i < count ? ",\n" : "\n");
        }

        return text.Append("  ]\n}\n").ToString();
    }
}
