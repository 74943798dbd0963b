namespace SdgMap.Suggestions;

/// <summary>Where sentences end in a normalised text: at 。 . ! ? and line breaks, but not at the point of <c>11.2</c> or <c>1.25</c>.</summary>
internal static class Sentences
{
    /// <summary>The sentence number (from 0) of each character.</summary>
    public static int[] Of(string text)
    {
        var of = new int[text.Length];
        var sentence = 0;
        for (var i = 0; i < text.Length; i++)
        {
            of[i] = sentence;
            if (EndsSentence(text, i))
            {
                sentence++;
            }
        }

        return of;
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '。' or '!' or '?' or '\n' or '\r' or ';' or '；' => true,
        '.' => !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])),
        _ => false,
    };
}
