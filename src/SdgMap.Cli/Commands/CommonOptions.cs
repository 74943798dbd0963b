using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SdgMap.Cli.Output;
using SdgMap.Cli.Resources;
using SdgMap.Model;
using SdgMap.Queries;
using SdgMap.Text;

namespace SdgMap.Cli.Commands;

/// <summary>The options several commands share, each made once here so that it reads and validates the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The plan files and folders a command reads.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = CliText.ArgumentPaths,
        HelpName = "files or folders",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--format table|json|csv</c>, default table.</summary>
    public static Option<string> Format() => Choice("--format", ["-f"], CliText.OptionFormat, ["table", "json", "csv"], "table");

    /// <summary><c>--by goal|target</c>, default target.</summary>
    public static Option<string> By(string description) => Choice("--by", [], description, ["goal", "target"], "target");

    /// <summary><c>--by goal|target</c> with no default: both when absent.</summary>
    public static Option<string?> OptionalBy(string description) => Choice<string?>("--by", [], description, ["goal", "target"], null);

    /// <summary>
    /// An option taking one of <paramref name="values"/> (help lists them, completion offers
    /// them); typed as the words users write, so that help shows the default as it is typed.
    /// </summary>
    public static Option<T> Choice<T>(string name, string[] aliases, string description, string[] values, T fallback)
        where T : class?
    {
        var option = new Option<T>(name, aliases) { Description = description, HelpName = string.Join('|', values) };
        if (fallback is not null)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !values.Contains(Single(result)))
            {
                result.AddError(CliFormat.Format(CliText.ChoiceInvalid, name, CliFormat.Or(values), Single(result)));
            }
        });
        option.CompletionSources.Add(values);
        return option;
    }

    /// <summary>The level a <see cref="By"/> option names.</summary>
    public static SdgLevel ToLevel(string by) => by == "goal" ? SdgLevel.Goal : SdgLevel.Target;

    /// <summary>The output format a <see cref="Format"/> option names.</summary>
    public static OutputFormat ToFormat(string format) => format switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    /// <summary><c>--level NAME|DEPTH</c>.</summary>
    public static Option<string?> Level(string description) => new("--level")
    {
        Description = description,
        HelpName = "NAME|DEPTH",
    };

    /// <summary><c>--tag TAXONOMY:TERM</c>: only elements carrying the term, their links rolled up.</summary>
    public static Option<Tag?> Tag() => new("--tag")
    {
        Description = CliText.OptionTag,
        HelpName = "TAXONOMY:TERM",
        CustomParser = result =>
        {
            var text = Single(result);
            if (SdgMap.Model.Tag.TryParse(text, out var tag))
            {
                return tag;
            }

            result.AddError(CliFormat.Format(CliText.TagInvalid, text));
            return null;
        },
    };

    /// <summary>A flag (an option that takes no value).</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary><c>--include-suggested</c>.</summary>
    public static Option<bool> IncludeSuggested() => Flag("--include-suggested", CliText.OptionIncludeSuggested);

    /// <summary>
    /// <c>--kind A,B</c> over the kebab-case names of <typeparamref name="TKind"/> (the library's
    /// enum, so that the two cannot disagree): unknown kinds are refused before any plan is read.
    /// </summary>
    public static Option<IReadOnlyList<TKind>?> Kinds<TKind>(string description, string what)
        where TKind : struct, Enum
    {
        var names = KebabNames.All<TKind>();
        var option = new Option<IReadOnlyList<TKind>?>("--kind")
        {
            Description = description,
            HelpName = "KIND,...",
            CustomParser = result =>
            {
                var kinds = new List<TKind>();
                foreach (var name in Single(result).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (KebabNames.TryParse<TKind>(name, out var kind))
                    {
                        kinds.Add(kind);
                    }
                    else
                    {
                        result.AddError(CliFormat.Format(CliText.KindUnknown, what, name, string.Join(", ", names)));
                        break;
                    }
                }

                return kinds;
            },
        };
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>A number option read in the invariant culture, whatever the user's locale writes.</summary>
    public static double? Number(ArgumentResult result) =>
        double.TryParse(Single(result), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The option's value (the last one, when given twice).</summary>
    public static string Single(SymbolResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
}
