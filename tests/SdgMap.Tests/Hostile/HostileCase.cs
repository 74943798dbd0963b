namespace SdgMap.Tests.Hostile;

/// <summary>
/// One hostile input: a file under <c>Hostile/Cases/</c> named <see cref="Name"/> (a plan file,
/// or a table when it ends in <c>.csv</c>), or one <see cref="Make"/> writes, and what must become of it.
/// </summary>
public sealed record HostileCase(string Name, Expectation Expected)
{
    /// <summary>Writes the input into the folder given and returns its path, for inputs too big or too odd to keep as files.</summary>
    public Func<string, string>? Make { get; init; }

    /// <summary>The encoding a table is declared to be in (<c>--encoding</c>); null to let the reader detect it.</summary>
    public string? Encoding { get; init; }

    public bool IsTable => Name.EndsWith(".csv", StringComparison.Ordinal);

    /// <summary>The input's path, placed in <paramref name="folder"/> (a device such as <c>/dev/zero</c> stays where it is).</summary>
    public string Place(string folder)
    {
        if (Make is not null)
        {
            return Make(folder);
        }

        var path = Path.Combine(folder, Name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", Name), path);
        return path;
    }

    public override string ToString() => Name;
}
