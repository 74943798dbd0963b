using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>What a path names, following symbolic links, as <c>stat(2)</c> reports it.</summary>
internal enum FileKind
{
    /// <summary>Nothing: the path, or the end of its chain of links, does not exist.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A named pipe (FIFO).</summary>
    Pipe,

    /// <summary>A character or block device (<c>/dev/null</c>, a terminal).</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>The platform cannot say (not Linux): treat as a file unless it is a folder.</summary>
    Unknown,
}

/// <summary>
/// The few POSIX calls .NET does not expose: a file's type and owner (<c>statx</c>, whose layout
/// is the same on every Linux architecture), <c>fchown</c>, and opening without blocking.
/// Every call degrades to "unknown" where the platform lacks it, never to an exception.
/// </summary>
internal static partial class UnixFile
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;
    private const int BufferBytes = 256;

    /// <summary>What <paramref name="path"/> names, following links; its owner where known.</summary>
    public static (FileKind Kind, uint Uid, uint Gid) Stat(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (File.Exists(path) ? FileKind.Unknown : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing, 0, 0);
        }

        try
        {
            Span<byte> buffer = stackalloc byte[BufferBytes];
            if (Statx(AtFdCwd, path, 0, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();

                // ENOENT, ENOTDIR: nothing there. Any other failure (EACCES …) is the open's to report.
                return (errno is 2 or 20 ? FileKind.Missing : FileKind.Unknown, 0, 0);
            }

            var uid = BitConverter.ToUInt32(buffer[20..]);
            var gid = BitConverter.ToUInt32(buffer[24..]);
            var mode = BitConverter.ToUInt16(buffer[28..]);
            var kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Folder,
                0x1000 => FileKind.Pipe,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
            return (kind, uid, gid);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return (File.Exists(path) ? FileKind.Unknown : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing, 0, 0);
        }
    }

    /// <summary>Gives the open file the owner and group given, where the process may; false where it may not.</summary>
    public static bool TryChown(SafeFileHandle handle, uint uid, uint gid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Fchown((int)handle.DangerousGetHandle(), uid, gid) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Opens a named pipe for reading without waiting for a writer (<c>O_NONBLOCK</c>, then
    /// cleared so that reads wait for data as usual); null where the platform cannot.
    /// A pipe nobody writes to then reads as empty instead of blocking forever.
    /// </summary>
    public static SafeFileHandle? OpenPipeForReading(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            const int ReadOnly = 0, NonBlock = 0x800, CloseOnExec = 0x80000, GetFlags = 3, SetFlags = 4;
            var fd = Open(path, ReadOnly | NonBlock | CloseOnExec);
            if (fd < 0)
            {
                throw new IOException(Localized.Format(Messages.CannotOpenPipe, Marshal.GetLastPInvokeError()));
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            var flags = Fcntl(fd, GetFlags, 0);
            if (flags < 0 || Fcntl(fd, SetFlags, flags & ~NonBlock) < 0)
            {
                handle.Dispose();
                throw new IOException(Localized.Format(Messages.CannotOpenPipe, Marshal.GetLastPInvokeError()));
            }

            return handle;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int Fchown(int fd, uint owner, uint group);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);
}
