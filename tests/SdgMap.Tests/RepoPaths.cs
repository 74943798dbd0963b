namespace SdgMap.Tests;

/// <summary>Folders of the repository the tests read shipped data from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Plans => Path.Combine(Data, "plans");

    public static IEnumerable<string> ShippedPlans() => Directory.EnumerateFiles(Plans, "*.json").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SdgMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; SdgMap.sln was not found above " + AppContext.BaseDirectory);
    }
}
