using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>
/// The one way SdgMap writes an output file — <see cref="PlanJson.Save"/>, the command line's
/// <c>-o</c> and every exporter: what was asked is written, and nothing else is touched.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A regular file (or a name not yet taken) is replaced atomically: the bytes go to a
/// temporary file in the same folder, which is flushed to disk and renamed over the target, so a
/// failed or interrupted write leaves an existing file byte for byte as it was. The new file keeps
/// the old one's permissions (set-user-id and set-group-id dropped) and, where the process may
/// set them, its owner and group. It is a new file: other hard links to the old one keep the old
/// contents.</item>
/// <item>A symbolic link is followed to the file it names, which is written as above; the link
/// stays a link.</item>
/// <item>A device (<c>/dev/null</c>, a terminal), a named pipe or a socket, and anything reached
/// through <c>/dev/</c> or <c>/proc/</c> (<c>/dev/stdout</c>), is opened and written as a stream:
/// never renamed over.</item>
/// <item>The temporary file has an unpredictable name (<c>.NAME.RANDOM.tmp</c>) and is created
/// exclusively, so nothing planted at a guessed name is followed or overwritten. It is removed when
/// the write fails, and on SIGINT or SIGTERM while it exists.</item>
/// <item>A folder (<c>/</c>) or an empty path is refused before anything is written.</item>
/// </list>
/// </remarks>
public static class OutputFile
{
    private const int MaxLinks = 40;

    private static readonly ConcurrentDictionary<string, byte> Temporaries = new(StringComparer.Ordinal);
    private static readonly Lazy<PosixSignalRegistration[]> SignalHandlers = new(RegisterSignalHandlers, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The path names a folder, or the file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteText(path, writer => writer.Write(text));
    }

    /// <summary>Writes <paramref name="text"/> as <see cref="WriteText(string, string)"/> does, from the builder's own buffers (no string of it is made).</summary>
    internal static void WriteText(string path, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteText(path, writer =>
        {
            foreach (var chunk in text.GetChunks())
            {
                writer.Write(chunk.Span);
            }
        });
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The path names a folder, or the file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void WriteBytes(string path, ReadOnlyMemory<byte> bytes) => Write(path, stream => stream.Write(bytes.Span));

    /// <summary>Writes what <paramref name="write"/> puts into the stream it is given to <paramref name="path"/>, by the rules above.</summary>
    /// <param name="path">The output file.</param>
    /// <param name="write">Writes the contents; when it throws, a regular target is left as it was and the exception propagates.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The path names a folder, or the file cannot be written; the message names <paramref name="path"/>.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("the output path is empty.", nameof(path));
        }

        var (kind, _, _) = UnixFile.Stat(path);
        if (kind == FileKind.Folder || (kind == FileKind.Missing && EndsInSeparator(path)))
        {
            throw new IOException(Localized.Format(Messages.CannotWriteFolder, path));
        }

        var target = kind is FileKind.Regular or FileKind.Missing or FileKind.Unknown ? FollowLinks(path) : null;
        if (target is null || IsSpecialTree(path) || IsSpecialTree(target))
        {
            WriteStream(path, write);
            return;
        }

        WriteReplacing(path, target, write);
    }

    /// <summary>Removes every temporary file a write in progress holds; what the signal handlers run.</summary>
    // One encoder over the whole text keeps a surrogate pair whole wherever the pieces split it;
    // a lone surrogate becomes U+FFFD, as Encoding.GetBytes makes it.
    private static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        });

    internal static void RemoveTemporaries()
    {
        foreach (var temp in Temporaries.Keys)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done while the process is ending.
            }

            Temporaries.TryRemove(temp, out _);
        }
    }

    /// <summary>The temporary files writes in progress hold (for tests).</summary>
    internal static IReadOnlyCollection<string> PendingTemporaries => [.. Temporaries.Keys];

    private static bool EndsInSeparator(string path) =>
        path.EndsWith(Path.DirectorySeparatorChar) || path.EndsWith(Path.AltDirectorySeparatorChar);

    private static bool IsSpecialTree(string path)
    {
        var full = Path.GetFullPath(path);
        return OperatingSystem.IsLinux() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));
    }

    /// <summary>The file a chain of symbolic links ends at (a missing file for a dangling link); <paramref name="path"/> itself when it is no link.</summary>
    private static string FollowLinks(string path)
    {
        var current = Path.GetFullPath(path);
        for (var i = 0; i < MaxLinks; i++)
        {
            string? link;
            try
            {
                link = new FileInfo(current).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException(Localized.Format(Messages.CannotWrite, path, e.Message), e);
            }

            if (link is null)
            {
                return current;
            }

            current = Path.GetFullPath(link, Path.GetDirectoryName(current)!);
        }

        throw new IOException(Localized.Format(Messages.CannotWriteLinks, path, MaxLinks));
    }

    private static void WriteStream(string path, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Localized.Format(Messages.CannotWrite, path, e.Message), e);
        }
    }

    private static void WriteReplacing(string path, string target, Action<Stream> write)
    {
        _ = SignalHandlers.Value;
        var folder = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var (kind, uid, gid) = UnixFile.Stat(target);
        UnixFileMode? mode = null;
        if (kind != FileKind.Missing && !OperatingSystem.IsWindows())
        {
            try
            {
                mode = File.GetUnixFileMode(target) & ~(UnixFileMode.SetUser | UnixFileMode.SetGroup);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                mode = null;
            }
        }

        string? temp = null;
        try
        {
            FileStream stream;
            while (true)
            {
                temp = Path.Combine(folder, $".{name}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}.tmp");
                Temporaries[temp] = 0;
                try
                {
                    stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.None });
                    break;
                }
                catch (IOException) when (File.Exists(temp) || new FileInfo(temp).LinkTarget is not null)
                {
                    // Someone else's file at that name (1 in 2^64): never touch it, draw another.
                    Temporaries.TryRemove(temp, out _);
                    temp = null;
                }
            }

            using (stream)
            {
                if (kind == FileKind.Regular)
                {
                    UnixFile.TryChown(stream.SafeFileHandle, uid, gid);
                }

                if (mode is { } m && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, m);
                }

                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            Temporaries.TryRemove(temp, out _);
            temp = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The framework's message may name the temporary file; say which output could not be written.
            throw new IOException(Localized.Format(Messages.CannotWrite, path, e.Message.Replace(temp ?? "\0", target, StringComparison.Ordinal)), e);
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind only if the folder forbids deleting what was just created in it.
                }

                Temporaries.TryRemove(temp, out _);
            }
        }
    }

    private static PosixSignalRegistration[] RegisterSignalHandlers()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser())
        {
            return [];
        }

        // The handlers only remove temporaries; the signal then takes its usual course (the process ends).
        return [PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => RemoveTemporaries()), PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => RemoveTemporaries())];
    }
}
