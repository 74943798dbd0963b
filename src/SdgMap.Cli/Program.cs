using System.Text;
using SdgMap.Cli;
using SdgMap.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
if (!Console.IsErrorRedirected)
{
    PlanGraphLoader.Progress = Console.Error;
}

return Cli.Run(args, Console.Out, Console.Error);
