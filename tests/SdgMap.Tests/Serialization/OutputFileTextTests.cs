using System.Text;
using SdgMap.Serialization;

namespace SdgMap.Tests.Serialization;

public sealed class OutputFileTextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sdgmap-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WriteText_BuilderOfManyBufferPieces_IsItsUtf8WithoutBom_PairsSplitBetweenPiecesKeptWhole_LoneSurrogatesReplaced(int offset)
    {
        // Written a character at a time, the builder's pieces end wherever they fill, so some end
        // between the two halves of an emoji; a lone surrogate becomes U+FFFD, as UTF-8 encoding does.
        var text = new StringBuilder(new string('a', offset));
        for (var i = 0; i < 30_000; i++)
        {
            text.Append(i % 1000 == 999 ? "\uD800計" : "🌏a");
        }

        var builder = new StringBuilder();
        foreach (var c in text.ToString())
        {
            builder.Append(c);
        }

        var pieces = 0;
        foreach (var _ in builder.GetChunks())
        {
            pieces++;
        }

        Assert.True(pieces > 2, $"{pieces} buffer pieces");
        var path = Path.Combine(_folder, "out.txt");
        OutputFile.WriteText(path, builder);
        Assert.Equal(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()), File.ReadAllBytes(path));

        // The public string overload writes the same bytes.
        var fromString = Path.Combine(_folder, "string.txt");
        OutputFile.WriteText(fromString, text.ToString());
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(fromString));
    }
}
