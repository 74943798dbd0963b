using SdgMap.Model;
using SdgMap.Resources;

namespace SdgMap.Serialization;

/// <summary>Finds and reads plan files named by paths that may be files or folders.</summary>
public static class PlanFiles
{
    /// <summary>
    /// The plan files <paramref name="paths"/> name: a file stands for itself (a table too, read by its
    /// reader); a folder for every
    /// <c>*.json</c> regular file below it (or link to one), recursively (symbolic links to folders
    /// are not followed; named pipes, devices and sockets are left out), in ordinal order of path.
    /// Duplicates are dropped.
    /// </summary>
    /// <exception cref="PlanInputException">A path names nothing, or a folder holds no <c>*.json</c> file.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = [.. JsonFilesBelow(path).Order(StringComparer.Ordinal)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new PlanInputException(Localized.Format(Messages.CannotListFolder, e.Message), path, innerException: e);
                }

                if (found.Count == 0)
                {
                    throw new PlanInputException(Messages.FolderWithoutPlans, path);
                }

                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else
            {
                throw new PlanInputException(Messages.NoSuchFileOrFolder, path);
            }
        }

        return files;
    }

    /// <summary>
    /// The <c>*.json</c> files in <paramref name="folder"/> and its subfolders, not following
    /// symbolic links to folders: a link back up the tree would otherwise list the same files
    /// again at every turn of the loop.
    /// </summary>
    private static IEnumerable<string> JsonFilesBelow(string folder)
    {
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, "*.json"))
            {
                // Regular files only: a named pipe would block the reader forever, a device never end.
                if (UnixFile.Stat(file).Kind is FileKind.Regular or FileKind.Unknown)
                {
                    yield return file;
                }
            }

            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>
    /// Reads every plan file <paramref name="paths"/> name (see <see cref="Find"/>) through the
    /// reader its extension names in <see cref="PlanReaders.Default"/>, within
    /// <paramref name="limits"/> (<see cref="PlanLimits.Default"/> when null).
    /// </summary>
    /// <exception cref="PlanInputException">A path names nothing, or a file is not a valid plan.</exception>
    /// <param name="paths">Files or folders.</param>
    /// <param name="limits">Size limits for each file.</param>
    /// <param name="progress">Told the number of files read so far (stage <c>read</c>), after each file.</param>
    /// <param name="cancellationToken">Stops the reading; <see cref="OperationCanceledException"/> is thrown.</param>
    /// <remarks>Files are read in parallel; the result is in <see cref="Find"/>'s order, and when several files are bad the error is the first bad file's in that order.</remarks>
    public static IReadOnlyList<PlanDocument> LoadAll(IEnumerable<string> paths, PlanLimits? limits = null, IProgress<WorkProgress>? progress = null, CancellationToken cancellationToken = default) =>
        LoadAll(paths, PlanReaders.Default, new PlanReadContext { Limits = limits ?? PlanLimits.Default, CancellationToken = cancellationToken }, progress);

    /// <summary>
    /// Reads every plan file <paramref name="paths"/> name (see <see cref="Find"/>) with the reader
    /// <paramref name="readers"/> has for its extension (see <see cref="PlanReaders.Read"/>), each
    /// with <paramref name="context"/> and its own path.
    /// </summary>
    /// <exception cref="PlanInputException">A path names nothing, or a file is not a valid plan.</exception>
    /// <exception cref="OperationCanceledException"><see cref="PlanReadContext.CancellationToken"/> was cancelled.</exception>
    /// <param name="paths">Files or folders.</param>
    /// <param name="readers">The readers to choose from.</param>
    /// <param name="context">Limits, cancellation and what tables lack; <see cref="PlanReadContext.Path"/> is set per file.</param>
    /// <param name="progress">Told the number of files read so far (stage <c>read</c>), after each file.</param>
    /// <remarks>Files are read in parallel; the result is in <see cref="Find"/>'s order, and when several files are bad the error is the first bad file's in that order.</remarks>
    public static IReadOnlyList<PlanDocument> LoadAll(IEnumerable<string> paths, PlanReaders readers, PlanReadContext context, IProgress<WorkProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(context);
        var files = Find(paths);

        var documents = new PlanDocument[files.Count];
        var errors = new PlanInputException?[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            try
            {
                documents[i] = readers.Read(files[i], context);
            }
            catch (PlanInputException e)
            {
                errors[i] = e;
            }

            progress?.Report(new WorkProgress { Stage = "read", Done = Interlocked.Increment(ref done), Total = files.Count });
        });

        if (Array.Find(errors, e => e is not null) is { } first)
        {
            // Rethrown as it was, so the message and location are those of the file that failed.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return documents;
    }
}
