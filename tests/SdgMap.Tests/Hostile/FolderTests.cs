using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>Hostile folders and output paths.</summary>
public sealed class FolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-folder-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Valid(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "plan.json");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"), path);
        return path;
    }

    [Fact]
    public void FolderWithALinkLoop_ListsEachFileOnce()
    {
        var inner = Path.Combine(_folder.FullName, "a");
        var plan = Valid(inner);
        Directory.CreateSymbolicLink(Path.Combine(inner, "loop"), _folder.FullName);
        Assert.Equal([plan], PlanFiles.Find([_folder.FullName]));
    }

    [Fact]
    public void OutputThatIsAFolder_Exits2_InOneParagraph()
    {
        var plan = Valid(Path.Combine(_folder.FullName, "in"));
        var (code, stdout, stderr) = HostileCorpusTests.Run("summary", plan, "-o", _folder.FullName);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.StartsWith($"sdgmap: cannot write {_folder.FullName}: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputInAMissingFolder_Exits2_AndCreatesNothing()
    {
        var plan = Valid(Path.Combine(_folder.FullName, "in"));
        var output = Path.Combine(_folder.FullName, "missing", "out.txt");
        var (code, _, stderr) = HostileCorpusTests.Run("summary", plan, "-o", output);
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.StartsWith($"sdgmap: cannot write {output}: ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "missing")));
    }

    [Theory]
    [InlineData("{ \"severities\": { \"SDG014\": [[[[")]
    [InlineData("{ \"severities\": { \"SDG999\": \"off\" } }")]
    [InlineData("\u0000\u0001")]
    public void BadValidationConfig_Exits2_AndLeavesTheOutput(string config)
    {
        var plan = Valid(Path.Combine(_folder.FullName, "in"));
        var configPath = Path.Combine(_folder.FullName, "config.json");
        File.WriteAllText(configPath, config);
        var output = Path.Combine(_folder.FullName, "out.txt");
        File.WriteAllText(output, "earlier");
        var (code, _, stderr) = HostileCorpusTests.Run("validate", plan, "--config", configPath, "-o", output);
        Assert.Equal(2, code);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains(configPath, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", stderr, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(output));
    }
}
