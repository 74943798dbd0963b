using System.CommandLine;
using System.CommandLine.Parsing;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;

namespace SdgMap.Cli;

/// <summary>Prints what is wrong with a command line: each error, a guess at what a mistyped word meant, and where help is.</summary>
internal static class ParseErrors
{
    /// <summary>
    /// The errors of <paramref name="result"/>, and one for each word that looks like an option
    /// but is none of the command's: the parser reads those as paths (a command taking files takes
    /// any word), and a mistyped option must not become a "no such file" error.
    /// </summary>
    public static IReadOnlyList<string> Of(ParseResult result)
    {
        var errors = result.Errors.Select(e => e.Message).ToList();
        if (result.Tokens.Any(t => t.Type == TokenType.Directive))
        {
            // [suggest] completes a line being typed: its half-written words are not mistakes.
            return errors;
        }

        var command = result.CommandResult.Command;
        var known = Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        foreach (var word in OptionLikeArguments(result))
        {
            errors.Insert(0, Suggest(word, known) is { } guess
                ? CliFormat.Format(CliText.UnknownOptionDidYouMean, word, guess)
                : CliFormat.Format(CliText.UnknownOption, word));
        }

        foreach (var word in result.UnmatchedTokens)
        {
            var i = errors.FindIndex(e => e.Contains($"'{word}'", StringComparison.Ordinal));
            var guess = Suggest(word, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name), .. known]);
            if (i >= 0 && guess is not null)
            {
                errors[i] += " " + CliFormat.Format(CliText.DidYouMean, guess);
            }
        }

        return errors;
    }

    public static void Write(IReadOnlyList<string> errors, ParseResult result, TextWriter error)
    {
        foreach (var message in errors)
        {
            error.WriteLine($"sdgmap: {TerminalText.Paragraph(message)}");
        }

        WriteSeeHelp(result, error);
    }

    /// <summary>The line that names the help of the command the user ran.</summary>
    public static void WriteSeeHelp(ParseResult result, TextWriter error)
    {
        var command = result.CommandResult.Command;
        error.WriteLine(CliText.SeeHelp, command is RootCommand ? "sdgmap" : $"sdgmap {string.Join(' ', Path(command))}");
    }

    private static IEnumerable<string> OptionLikeArguments(ParseResult result)
    {
        var arguments = result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                // After "--" every word is a path, so "-file.json" can still be named.
                yield break;
            }

            var v = token.Value;
            if (token.Type == TokenType.Argument && v.Length > 1 && v[0] == '-' && !char.IsAsciiDigit(v[1]) && v[1] != '.' && arguments.Contains(v))
            {
                yield return v;
            }
        }
    }

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => Options(p).Where(o => o.Recursive))).Where(o => !o.Hidden);

    /// <summary>The candidate nearest to <paramref name="word"/> within a couple of edits, if any.</summary>
    internal static string? Suggest(string word, IReadOnlyList<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(word, c)))
            .Where(x => x.Distance <= Math.Max(1, Math.Min(3, x.Candidate.Length / 3)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate;
    }

    // Levenshtein distance with adjacent transpositions (a typed "fromat" is one slip, not two).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static IEnumerable<string> Path(Command command)
    {
        var parent = command.Parents.OfType<Command>().FirstOrDefault();
        return parent is null or RootCommand ? [command.Name] : [.. Path(parent), command.Name];
    }
}
