namespace SdgMap.Suggestions;

/// <summary>How the suggester found a suggestion; written in plan files and tables as <c>mention</c>, <c>lexicon</c>, <c>target-text</c>, <c>neighbours</c>, <c>rolled-up</c>.</summary>
public enum SuggestionMethod
{
    /// <summary>The text names the goal or target outright (<c>ターゲット11.2</c>); full confidence.</summary>
    Mention,

    /// <summary>Words of the lexicon were found in the element's text (or joined with its parent's).</summary>
    Lexicon,

    /// <summary>The text shares words with the target's official text (Japanese, or English with its indicators).</summary>
    TargetText,

    /// <summary>The text resembles elements elsewhere that declare the link.</summary>
    Neighbours,

    /// <summary>The element's children are strongly suggested it.</summary>
    RolledUp,
}

/// <summary>The names methods are written with.</summary>
public static class SuggestionMethods
{
    /// <summary>The method's name in plan files and tables.</summary>
    public static string Name(this SuggestionMethod method) => method switch
    {
        SuggestionMethod.Mention => "mention",
        SuggestionMethod.Lexicon => "lexicon",
        SuggestionMethod.TargetText => "target-text",
        SuggestionMethod.Neighbours => "neighbours",
        SuggestionMethod.RolledUp => "rolled-up",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The method a name stands for.</summary>
    public static bool TryParse(string? name, out SuggestionMethod method)
    {
        foreach (var m in Enum.GetValues<SuggestionMethod>())
        {
            if (m.Name() == name)
            {
                method = m;
                return true;
            }
        }

        method = default;
        return false;
    }
}
