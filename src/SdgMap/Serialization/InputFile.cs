namespace SdgMap.Serialization;

/// <summary>Reads an input file whole, turning every way reading can fail into a <see cref="PlanInputException"/> that names the file.</summary>
internal static class InputFile
{
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
