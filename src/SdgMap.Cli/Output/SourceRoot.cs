using System.Text;

namespace SdgMap.Cli.Output;

/// <summary>
/// The folder SARIF's <c>%SRCROOT%</c> stands for — the checkout a pipeline runs in — and how plan
/// file paths become URIs under it. Paths are escaped segment by segment and never decoded, so a
/// file named <c>b%41.json</c> stays <c>b%2541.json</c> and is not read back as <c>bA.json</c>.
/// </summary>
internal sealed class SourceRoot
{
    /// <summary>The id SARIF's <c>uriBaseId</c> names the root by.</summary>
    public const string BaseId = "SRCROOT";

    private readonly string _full;

    /// <summary>A root at <paramref name="directory"/> (relative to the current directory when not rooted).</summary>
    public SourceRoot(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
    }

    /// <summary>The root as an absolute <c>file:</c> URI ending in <c>/</c>, as <c>originalUriBaseIds</c> requires.</summary>
    public string Uri => FileUri(_full).TrimEnd('/') + "/";

    /// <summary>
    /// <paramref name="path"/> relative to the root as an escaped URI reference with <c>/</c>
    /// between segments (<c>data/plans/kuki.json</c>); null when the file lies outside the root.
    /// </summary>
    public string? RelativeUri(string path)
    {
        var relative = Relative(path);
        return relative is null ? null : string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString));
    }

    /// <summary>
    /// What names the file in a fingerprint: its path relative to the root with <c>/</c> between
    /// segments, unescaped, so the same checkout gives the same name on every machine; the full
    /// path when the file lies outside the root.
    /// </summary>
    public string Identity(string path) => Relative(path) ?? Path.GetFullPath(path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>An absolute path as a <c>file:</c> URI, each segment percent-escaped (a <c>%</c> in a name becomes <c>%25</c>).</summary>
    public static string FileUri(string absolutePath)
    {
        var full = Path.GetFullPath(absolutePath);
        var builder = new StringBuilder("file://");
        var segments = full.Split(Separators);
        var start = 0;
        if (OperatingSystem.IsWindows() && full.StartsWith(@"\\", StringComparison.Ordinal) && segments.Length > 2)
        {
            // \\server\share\… (UNC): the server is the URI's host.
            builder.Append(System.Uri.EscapeDataString(segments[2]));
            start = 3;
        }
        else if (OperatingSystem.IsWindows() && segments.Length > 0 && segments[0].Length == 2 && segments[0][1] == ':' && char.IsAsciiLetter(segments[0][0]))
        {
            // C:\… : the drive stays as it is (file:///C:/…).
            builder.Append('/').Append(segments[0]);
            start = 1;
        }
        else if (segments.Length > 0 && segments[0].Length == 0)
        {
            start = 1; // the empty segment before a leading '/'
        }

        for (var i = start; i < segments.Length; i++)
        {
            builder.Append('/').Append(System.Uri.EscapeDataString(segments[i]));
        }

        return builder.ToString();
    }

    // On Unix a backslash is an ordinary character of a file name, not a separator.
    private static readonly char[] Separators = [.. new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }.Distinct()];

    private string? Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(_full, full);
        if (relative == "." || Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("../", StringComparison.Ordinal))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
