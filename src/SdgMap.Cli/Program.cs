using System.Text;
using SdgMap.Cli;
using SdgMap.Cli.Commands;
using SdgMap.Cli.Output;

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
if (!Console.IsErrorRedirected)
{
    PlanGraphLoader.Progress = Console.Error;
}

if (!Console.IsOutputRedirected)
{
    return Cli.Run(args, Console.Out, Console.Error);
}

// Into a file or a pipe, output is written in blocks, as C's stdio does, rather than flushed at
// every write: a national corpus prints half a million table lines, two writes each.
// Disposing it writes out the last block.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
return Cli.Run(args, stdout, Console.Error, TerminalWidth.Detect(toConsole: false));
