namespace SurveyBot.Insights.Text;

/// <summary>
/// A deliberately small suffix stripper. It only has to map a word and its inflections to the same key
/// (lexicon and input go through the same function), not to produce linguistic roots.
/// </summary>
internal static class Stemmer
{
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = string.Concat(w.AsSpan(0, w.Length - 3), "y");
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            w = string.Concat(w.AsSpan(0, w.Length - 3), "y");
        }
        else if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            // "need", "speed": not a past tense.
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }

        if (w.Length > 4 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        // Undouble always, so "call", "called" and "calling" meet at the same key.
        if (w.Length > 3 && w[^1] == w[^2] && !IsVowel(w[^1]))
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
