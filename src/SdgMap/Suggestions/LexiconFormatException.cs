namespace SdgMap.Suggestions;

/// <summary>A lexicon file that cannot be read; the message names the file, the line and what is wrong.</summary>
public sealed class LexiconFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LexiconFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file, as named when it was read.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
