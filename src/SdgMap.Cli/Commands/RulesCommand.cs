using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Validation;

namespace SdgMap.Cli.Commands;

/// <summary><c>sdgmap rules</c>: every validation rule with its id, name, default severity and what it checks.</summary>
internal static class RulesCommand
{
    public static int Run(Arguments args, TextWriter output)
    {
        var format = OutputFormats.Parse(args.Option("--format", "-f"));
        args.EnsureAllRead();
        if (args.Positionals.Count > 0)
        {
            throw new UsageException(CliMessages.RulesNoArguments);
        }

        RowWriter.Write(ValidationRules.All, format, output);
        return ExitCodes.Ok;
    }
}
