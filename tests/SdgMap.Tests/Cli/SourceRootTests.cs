using SdgMap.Cli.Output;

namespace SdgMap.Tests.Cli;

public sealed class SourceRootTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sdgmap-root");

    [Fact]
    public void RelativeUri_EscapesEachSegmentButNotTheSeparators()
    {
        var root = new SourceRoot(Root);
        Assert.Equal("data/plans/a%20b%23c%3F.json", root.RelativeUri(Path.Combine(Root, "data", "plans", "a b#c?.json")));
    }

    [Fact]
    public void RelativeUri_OutsideTheRoot_IsNull()
    {
        var root = new SourceRoot(Path.Combine(Root, "inner"));
        Assert.Null(root.RelativeUri(Path.Combine(Root, "other.json")));
        Assert.Null(root.RelativeUri(Path.Combine(Root, "inner-sibling", "x.json")));
        Assert.Equal("x.json", root.RelativeUri(Path.Combine(Root, "inner", "x.json")));
    }

    [Fact]
    public void FileUri_PercentInANameIsEscapedNotDecoded()
    {
        var uri = SourceRoot.FileUri(Path.Combine(Root, "b%41.json"));
        Assert.EndsWith("/sdgmap-root/b%2541.json", uri, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Root, "b%41.json"), new Uri(uri).LocalPath);
    }

    [Fact]
    public void Uri_OfTheRoot_EndsWithSlash()
    {
        Assert.EndsWith("/sdgmap-root/", new SourceRoot(Root + Path.DirectorySeparatorChar).Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_IsTheUnescapedRelativePath()
    {
        Assert.Equal("data/b%41 計画.json", new SourceRoot(Root).Identity(Path.Combine(Root, "data", "b%41 計画.json")));
    }
}
