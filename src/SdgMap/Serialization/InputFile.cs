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
    public static byte[] ReadAllBytes(string path, string what, long maxBytes)
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
                var bytes = new byte[stream.Length];
                var filled = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                if (filled == bytes.Length && stream.ReadByte() < 0)
                {
                    return bytes;
                }

                stream.Position = 0;
            }

            var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, Array.MaxLength) : 0);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw new PlanInputException(Localized.FormatInvariant(Messages.FilePastLimit, maxBytes), path);
                }
            }

            return buffer.Length == 0 && pipe
                ? throw new PlanInputException(Localized.Format(Messages.NamedPipeEmpty, what), path)
                : buffer.ToArray();
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

    private static PlanInputException TooLarge(string path, string size, long maxBytes) =>
        new(Localized.FormatInvariant(Messages.FileTooLarge, size, maxBytes), path);
}
