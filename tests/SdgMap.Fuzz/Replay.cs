namespace SdgMap.Fuzz;

/// <summary>Runs saved inputs through a target outside the fuzzer: the regression check for findings.</summary>
internal static class Replay
{
    public static int Run(Action<byte[]> target, IEnumerable<string> paths, TextWriter output)
    {
        var files = paths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "README.txt")
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Every escaping exception is a finding to report, whatever its type.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                output.WriteLine($"FINDING {file}: {e.GetType().FullName}: {e.Message}");
                output.WriteLine(e.StackTrace);
            }
        }

        output.WriteLine($"replayed {files.Count} inputs, {failures} findings");
        return failures == 0 ? 0 : 1;
    }
}
