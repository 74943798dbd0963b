using System.Diagnostics;
using System.Text;
using SdgMap.Serialization;

namespace SdgMap.Tests.Hostile;

/// <summary>
/// Hostile output paths: every writer (the command line's <c>-o</c>, <c>PlanJson.Save</c>, the
/// exporters through <c>-o</c>) goes through <see cref="OutputFile"/>, which writes what was asked
/// and touches nothing else.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sdgmap-output-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string In(string name) => Path.Combine(_folder.FullName, name);

    private string Plan()
    {
        var path = In("plan.json");
        if (!File.Exists(path))
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases", "valid.json"), path);
        }

        return path;
    }

    private void AssertOnly(params string[] names) =>
        Assert.Equal(names.Order(StringComparer.Ordinal), _folder.EnumerateFileSystemInfos().Select(f => f.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void RegularFile_IsReplaced_KeepingItsMode()
    {
        var output = In("out.csv");
        File.WriteAllText(output, "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        OutputFile.WriteText(output, "new");
        Assert.Equal("new", File.ReadAllText(output));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(output));
        AssertOnly("out.csv");
    }

    [Fact]
    public void RegularFile_IsReplaced_KeepingAnUnusualModeThatUmaskWouldStrip()
    {
        var output = In("out.csv");
        File.WriteAllText(output, "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.OtherRead;
        File.SetUnixFileMode(output, mode);
        OutputFile.WriteText(output, "new");
        Assert.Equal(mode, File.GetUnixFileMode(output));
    }

    [Fact]
    public void RegularFile_IsReplaced_KeepingItsOwner_WhereTheProcessMaySetIt()
    {
        var output = In("out.csv");
        File.WriteAllText(output, "old");
        if (!Chown(output, "1234:2345"))
        {
            return; // Not root: the owner cannot be given away, and the file is our own anyway.
        }

        OutputFile.WriteText(output, "new");
        var (_, uid, gid) = UnixFile.Stat(output);
        Assert.Equal((1234u, 2345u), (uid, gid));
        Assert.Equal("new", File.ReadAllText(output));
    }

    [Fact]
    public void SetUserIdBit_IsNotCarriedOntoTheNewContents()
    {
        var output = In("tool");
        File.WriteAllText(output, "old");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.SetUser);
        OutputFile.WriteText(output, "new");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(output));
    }

    [Fact]
    public void SymbolicLink_StaysALink_AndItsTargetIsWritten()
    {
        var target = In("real.csv");
        File.WriteAllText(target, "old");
        var link = In("link.csv");
        File.CreateSymbolicLink(link, "real.csv");
        var (code, stdout, _) = HostileCorpusTests.Run("summary", Plan(), "-o", link);
        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Equal("real.csv", new FileInfo(link).LinkTarget);
        Assert.Contains("hostile", File.ReadAllText(target), StringComparison.Ordinal);
        AssertOnly("plan.json", "real.csv", "link.csv");
    }

    [Fact]
    public void ChainOfRelativeLinksIntoASubfolder_WritesTheFileAtTheEnd()
    {
        Directory.CreateDirectory(In("sub"));
        File.WriteAllText(In("sub/real.json"), "old");
        File.CreateSymbolicLink(In("sub/hop"), "real.json");
        File.CreateSymbolicLink(In("first"), "sub/hop");
        OutputFile.WriteText(In("first"), "new");
        Assert.Equal("new", File.ReadAllText(In("sub/real.json")));
        Assert.Equal("sub/hop", new FileInfo(In("first")).LinkTarget);
        Assert.Equal("real.json", new FileInfo(In("sub/hop")).LinkTarget);
        Assert.Equal(["hop", "real.json"], Directory.EnumerateFileSystemEntries(In("sub")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DanglingLink_CreatesItsTarget_AndStaysALink()
    {
        File.CreateSymbolicLink(In("link"), "made.txt");
        OutputFile.WriteText(In("link"), "new");
        Assert.Equal("new", File.ReadAllText(In("made.txt")));
        Assert.Equal("made.txt", new FileInfo(In("link")).LinkTarget);
    }

    [Fact]
    public void LinkLoop_IsRefusedWithAMessage_AndNothingIsCreated()
    {
        File.CreateSymbolicLink(In("a"), "b");
        File.CreateSymbolicLink(In("b"), "a");
        var e = Assert.Throws<IOException>(() => OutputFile.WriteText(In("a"), "new"));
        Assert.Contains(In("a"), e.Message, StringComparison.Ordinal);
        AssertOnly("a", "b");
    }

    [Fact]
    public void HardLinkedFile_IsReplaced_AndTheOtherNameKeepsTheOldContents()
    {
        // Documented: atomic replacement gives the name a new file.
        File.WriteAllText(In("a"), "old");
        Assert.True(Link(In("a"), In("b")));
        OutputFile.WriteText(In("a"), "new");
        Assert.Equal("new", File.ReadAllText(In("a")));
        Assert.Equal("old", File.ReadAllText(In("b")));
    }

    [Fact]
    public void DevNull_IsWrittenAsAStream_AndStaysADevice()
    {
        var (code, stdout, stderr) = HostileCorpusTests.Run("summary", Plan(), "-o", "/dev/null");
        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Empty(stderr);
        Assert.Equal(FileKind.Device, UnixFile.Stat("/dev/null").Kind);
        Assert.Null(new FileInfo("/dev/null").LinkTarget);
        Assert.DoesNotContain(Directory.EnumerateFiles("/dev", ".null.*"), _ => true);
    }

    [Fact]
    public async Task NamedPipe_IsWrittenAsAStream_AndStaysAPipe()
    {
        var fifo = In("pipe");
        Assert.True(MakeFifo(fifo));
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var (code, _, stderr) = HostileCorpusTests.Run("summary", Plan(), "--format", "csv", "-o", fifo);
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var read = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("plan,depth,level,count", read, StringComparison.Ordinal);
        Assert.Equal(FileKind.Pipe, UnixFile.Stat(fifo).Kind);
        AssertOnly("plan.json", "pipe");
    }

    [Fact]
    public void Dash_IsStandardOutput()
    {
        var (code, stdout, _) = HostileCorpusTests.Run("summary", Plan(), "-o", "-");
        Assert.Equal(0, code);
        Assert.Contains("hostile", stdout, StringComparison.Ordinal);
        AssertOnly("plan.json");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void EmptyOutputName_Exits2_SayingSo(string name)
    {
        var (code, _, stderr) = HostileCorpusTests.Run("summary", Plan(), "-o", name);
        Assert.Equal(2, code);
        Assert.StartsWith("sdgmap: -o needs a file name", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tmp/")]
    [InlineData(".")]
    [InlineData("no-such-folder/")]
    public void FolderAsOutput_Exits2_SayingItIsAFolder(string name)
    {
        var (code, stdout, stderr) = HostileCorpusTests.Run("summary", Plan(), "-o", name);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        HostileCorpusTests.AssertOneParagraph(stderr);
        Assert.Contains("it is a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyPath_InTheLibrary_IsAnArgumentException()
    {
        Assert.Throws<ArgumentException>(() => OutputFile.WriteText("", "x"));
        Assert.Throws<ArgumentException>(() => PlanJson.Save(PlanJson.Load(Plan()).Plan, ""));
    }

    [Fact]
    public void Temporary_HasAnUnpredictableName_AndIsNoLink()
    {
        var output = In("out.txt");
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            OutputFile.Write(output, stream =>
            {
                var temp = Assert.Single(OutputFile.PendingTemporaries, t => t.StartsWith(In(".out.txt."), StringComparison.Ordinal));
                Assert.Null(new FileInfo(temp).LinkTarget);
                Assert.Matches(@"^\.out\.txt\.[0-9a-f]{16}\.tmp$", Path.GetFileName(temp));
                names.Add(temp);
                stream.WriteByte((byte)'x');
            });
        }

        Assert.Equal(3, names.Distinct().Count());
        Assert.DoesNotContain(names, n => n.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        AssertOnly("out.txt");
    }

    [Fact]
    public void LinksPlantedAtTheOldPredictableNames_AreNeverFollowed()
    {
        var victim = In("victim");
        File.WriteAllText(victim, "precious");
        File.CreateSymbolicLink(In($".out.txt.{Environment.ProcessId}.tmp"), victim);
        var (code, _, _) = HostileCorpusTests.Run("summary", Plan(), "-o", In("out.txt"));
        Assert.Equal(0, code);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Contains("hostile", File.ReadAllText(In("out.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void FailingWrite_LeavesTheTargetAsItWas_AndNoTemporary()
    {
        var output = In("out.txt");
        File.WriteAllText(output, "earlier");
        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(output, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("the writer failed");
        }));
        Assert.Equal("earlier", File.ReadAllText(output));
        Assert.DoesNotContain(OutputFile.PendingTemporaries, t => t.StartsWith(_folder.FullName, StringComparison.Ordinal));
        AssertOnly("out.txt");
    }

    [Fact]
    public void SignalHandlersBody_RemovesTheTemporaryOfAWriteInProgress()
    {
        var output = In("out.txt");
        File.WriteAllText(output, "earlier");
        Assert.ThrowsAny<IOException>(() => OutputFile.Write(output, stream =>
        {
            stream.Write("half"u8);
            var temp = Assert.Single(OutputFile.PendingTemporaries, t => t.StartsWith(_folder.FullName, StringComparison.Ordinal));
            Assert.True(File.Exists(temp));
            OutputFile.RemoveTemporaries();
            Assert.False(File.Exists(temp));
        }));
        Assert.Equal("earlier", File.ReadAllText(output));
        AssertOnly("out.txt");
    }

    [Fact]
    public void PlanJsonSave_GoesThroughTheSameWriter_FollowingALink()
    {
        var plan = PlanJson.Load(Plan()).Plan;
        File.WriteAllText(In("real.json"), "old");
        File.SetUnixFileMode(In("real.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.CreateSymbolicLink(In("saved.json"), "real.json");
        PlanJson.Save(plan, In("saved.json"));
        Assert.Equal(PlanJson.ToUtf8Bytes(plan), File.ReadAllBytes(In("real.json")));
        Assert.Equal("real.json", new FileInfo(In("saved.json")).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(In("real.json")));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("dot")]
    [InlineData("mermaid")]
    [InlineData("jsonld")]
    public void Exporters_WriteThroughLinks_KeepingTheMode(string to)
    {
        File.WriteAllText(In("real.out"), "old");
        File.SetUnixFileMode(In("real.out"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.CreateSymbolicLink(In("link.out"), "real.out");
        var (code, _, stderr) = HostileCorpusTests.Run("export", Plan(), "--to", to, "-o", In("link.out"));
        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.NotEqual("old", File.ReadAllText(In("real.out")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(In("real.out")));
        AssertOnly("plan.json", "real.out", "link.out");
    }

    private static bool Chown(string path, string owner) => RunTool("chown", owner, path);

    private static bool Link(string from, string to) => RunTool("ln", from, to);

    private static bool MakeFifo(string path) => RunTool("mkfifo", path);

    private static bool RunTool(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, StandardErrorEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
