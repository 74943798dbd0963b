using System.Buffers;
using System.Globalization;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>Reads an input file whole, turning every way reading can fail into a <see cref="PlanInputException"/> that names the file.</summary>
internal static class InputFile
{
    /// <summary>
    /// The file's bytes, refused with a <see cref="PlanInputException"/> naming
    /// <see cref="PlanLimits.MaxFileBytes"/> when there are more than <paramref name="maxBytes"/>.
    /// </summary>
    /// <remarks>
    /// The size a file system reports is checked first, so a large file is refused before any of
    /// it is read; reading then stops one byte past the limit, because a pipe or a device
    /// (<c>/dev/zero</c>) reports no size and may never end.
    /// </remarks>
    public static byte[] ReadAllBytes(string path, string what, long maxBytes) =>
        Read(path, what, maxBytes, rent: false).Array;

    /// <summary>
    /// The file's bytes as <see cref="ReadAllBytes"/> reads them, in an array rented from the shared
    /// pool when <paramref name="rent"/> (a regular file only); dispose the result once nothing
    /// holds on to the bytes.
    /// </summary>
    public static FileBytes Read(string path, string what, long maxBytes, bool rent)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = Open(path, out var pipe);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw TooLarge(path, stream.Length.ToString("N0", CultureInfo.InvariantCulture), maxBytes);
            }

            // A regular file reads straight into an array of its size; the loop below serves
            // pipes and devices, and a file that grows while being read.
            if (stream.CanSeek && stream.Length > 0)
            {
                var length = (int)stream.Length;
                var bytes = rent ? ArrayPool<byte>.Shared.Rent(length) : new byte[length];
                var filled = stream.ReadAtLeast(bytes.AsSpan(0, length), length, throwOnEndOfStream: false);
                if (filled == length && stream.ReadByte() < 0)
                {
                    return new FileBytes(bytes, length, rent);
                }

                if (rent)
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                }

                stream.Position = 0;
            }

            var read = ReadBounded(stream, path, maxBytes, CancellationToken.None);
            return read.Length == 0 && pipe
                ? throw new PlanInputException(Localized.Format(Messages.NamedPipeEmpty, what), path)
                : new FileBytes(read, read.Length, IsRented: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Say what is true: a folder is a folder (the framework says "access denied"), and permission
            // denied is not "no such file".
            var why = Directory.Exists(path) ? Messages.ReadIsFolder
                : e is UnauthorizedAccessException ? Messages.ReadPermissionDenied
                : e is FileNotFoundException or DirectoryNotFoundException ? Messages.ReadNoSuchFile
                : e.Message;
            throw new PlanInputException(Localized.Format(Messages.CannotRead, what, why), path, innerException: e);
        }
    }

    /// <summary>
    /// The bytes of <paramref name="stream"/> from where it stands to its end, refused with a
    /// <see cref="PlanInputException"/> naming <see cref="PlanLimits.MaxFileBytes"/> past
    /// <paramref name="maxBytes"/>; read errors become a <see cref="PlanInputException"/> naming <paramref name="path"/>.
    /// </summary>
    /// <remarks>A <see cref="MemoryStream"/> whose buffer is visible is not copied.</remarks>
    public static ReadOnlyMemory<byte> ReadAll(Stream stream, string? path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var segment))
        {
            var rest = segment.AsMemory((int)memory.Position);
            memory.Position = memory.Length;
            return rest.Length > maxBytes ? throw TooLarge(path, rest.Length.ToString("N0", CultureInfo.InvariantCulture), maxBytes) : rest;
        }

        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            {
                throw TooLarge(path, (stream.Length - stream.Position).ToString("N0", CultureInfo.InvariantCulture), maxBytes);
            }

            return ReadBounded(stream, path, maxBytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new PlanInputException(Localized.Format(Messages.InputUnreadable, e.Message), path, innerException: e);
        }
    }

    /// <summary>Reads to the end, stopping one byte past the limit: a pipe or a device reports no size and may never end.</summary>
    private static byte[] ReadBounded(Stream stream, string? path, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(Math.Max(0, stream.Length - stream.Position), Math.Min(maxBytes, Array.MaxLength)) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new PlanInputException(Localized.FormatInvariant(Messages.FilePastLimit, maxBytes), path);
            }
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>
    /// Opens the file for reading. A named pipe is opened without waiting for a writer (a plain
    /// open blocks until one comes, forever if none does); it then reads what a writer sends, or
    /// nothing at once when there is none.
    /// </summary>
    private static FileStream Open(string path, out bool pipe)
    {
        pipe = UnixFile.Stat(path).Kind == FileKind.Pipe;
        if (pipe && UnixFile.OpenPipeForReading(path) is { } handle)
        {
            return new FileStream(handle, FileAccess.Read, bufferSize: 1);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    private static PlanInputException TooLarge(string? path, string size, long maxBytes) =>
        new(Localized.FormatInvariant(Messages.FileTooLarge, size, maxBytes), path);
}
