using SdgMap.Model;

namespace SdgMap.Serialization;

/// <summary>
/// The plan readers SdgMap knows, chosen by file extension: <see cref="JsonPlanReader"/> for
/// <c>.json</c> and <see cref="CsvPlanReader"/> for <c>.csv</c>, plus any a package adds
/// (<c>new PlanReaders([xlsxReader])</c>).
/// </summary>
public sealed class PlanReaders
{
    private readonly Dictionary<string, IPlanReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Only the built-in readers (JSON and CSV).</summary>
    public PlanReaders()
        : this([])
    {
    }

    /// <summary>The built-in readers and <paramref name="extra"/>.</summary>
    /// <param name="extra">More readers, e.g. one for workbooks.</param>
    /// <exception cref="ArgumentException">Two readers claim one extension, or a reader claims an extension that is not lower case with a leading dot.</exception>
    public PlanReaders(IEnumerable<IPlanReader> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        All = [JsonPlanReader.Instance, CsvPlanReader.Instance, .. extra];
        foreach (var reader in All)
        {
            ArgumentNullException.ThrowIfNull(reader, nameof(extra));
            foreach (var extension in reader.Extensions)
            {
                if (extension is not ['.', _, ..] || !string.Equals(extension, extension.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    throw new ArgumentException($"reader '{reader.Format}' claims '{extension}'; extensions are lower case with the dot (.json).", nameof(extra));
                }

                if (!_byExtension.TryAdd(extension, reader))
                {
                    throw new ArgumentException($"readers '{_byExtension[extension].Format}' and '{reader.Format}' both claim '{extension}'.", nameof(extra));
                }
            }
        }
    }

    /// <summary>The built-in readers.</summary>
    public static PlanReaders Default { get; } = new();

    /// <summary>Every reader, built-in first.</summary>
    public IReadOnlyList<IPlanReader> All { get; }

    /// <summary>Every extension a reader claims, in the readers' order.</summary>
    public IEnumerable<string> Extensions => All.SelectMany(r => r.Extensions);

    /// <summary>The reader for a file, by its extension (ignoring case).</summary>
    /// <exception cref="PlanInputException">No reader claims the file's extension; the message names the file and the extensions there are.</exception>
    public IPlanReader For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryFor(path, out var reader)
            ? reader
            : throw new PlanInputException(
                $"SdgMap reads {string.Join(", ", Extensions)} files; this one's name ends {(Path.GetExtension(path) is { Length: > 0 } e ? $"'{e}'" : "without an extension")}.",
                path);
    }

    /// <summary>The reader for a file by its extension, when one claims it.</summary>
    public bool TryFor(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPlanReader? reader)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _byExtension.TryGetValue(Path.GetExtension(path), out reader);
    }

    /// <summary>The reader of a format (<c>json</c>, <c>csv</c>), or null.</summary>
    public IPlanReader? ForFormat(string format) => All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads a file with the reader its extension names, or as a plan file (JSON) when no reader
    /// claims its extension (plan files were never bound to a name: <c>plan.txt</c>, a pipe);
    /// <see cref="PlanReadContext.Path"/> is set to <paramref name="path"/>. A named pipe or a device is read as a stream, never past
    /// <see cref="PlanLimits.MaxFileBytes"/>.
    /// </summary>
    /// <exception cref="PlanInputException">The file cannot be read, or it is not a valid plan.</exception>
    public PlanDocument Read(string path, PlanReadContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var reader = TryFor(path, out var claimed) ? claimed : JsonPlanReader.Instance;
        context = (context ?? PlanReadContext.Default) with { Path = path };
        // The plan file reader keeps nothing of the bytes it parses, so a national folder can reuse
        // one pooled buffer a thread instead of allocating each file's size again; any other reader,
        // a user's among them, may keep the stream's buffer and gets one of its own.
        using var bytes = InputFile.Read(path, "file", context.Limits.MaxFileBytes, rent: reader is JsonPlanReader);
        using var stream = new MemoryStream(bytes.Array, 0, bytes.Length, writable: false, publiclyVisible: true);
        return reader.Read(stream, context);
    }
}
