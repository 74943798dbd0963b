using SdgMap.Cli.Resources;

namespace SdgMap.Cli;

/// <summary>
/// A command's arguments: positionals and <c>--name value</c> / <c>--flag</c> options.
/// Options a command does not read are reported, so a typo never passes silently.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private Arguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>Parses <paramref name="args"/>; <paramref name="flags"/> are the options that take no value.</summary>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var positionals = new List<string>();
        var result = new Arguments(positionals);
        using var e = args.GetEnumerator();
        var onlyPositionals = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositionals || arg.Length < 2 || arg[0] != '-')
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var name = arg;
            string? value = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
            }
            else if (!flags.Contains(name))
            {
                if (!e.MoveNext())
                {
                    throw new UsageException(Localized.Format(CliMessages.OptionNeedsValue, name));
                }

                value = e.Current;
            }

            if (!result._options.TryAdd(name, value))
            {
                throw new UsageException(Localized.Format(CliMessages.OptionTwice, name));
            }
        }

        return result;
    }

    public string? Option(params string[] names)
    {
        foreach (var name in names)
        {
            _read.Add(name);
            if (_options.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A comma-separated option (<c>--kind a,b</c>) as its items; null when the option is absent.</summary>
    public IReadOnlyList<string>? ListOption(string name) =>
        Option(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>Throws for any option the command did not read.</summary>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException(Localized.Format(CliMessages.UnknownOption, string.Join(", ", unknown)));
        }
    }
}
