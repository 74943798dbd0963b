namespace SdgMap.Serialization;

/// <summary>Reads an input file whole, turning every way reading can fail into a <see cref="PlanInputException"/> that names the file.</summary>
internal static class InputFile
{
    /// <summary>The file's length in bytes; 0 when it cannot be asked (reading will then say why).</summary>
    public static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return 0;
        }
    }

    public static byte[] ReadAllBytes(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new PlanInputException($"cannot read the {what}: {e.Message}", path, innerException: e);
        }
    }
}
