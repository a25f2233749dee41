using System.Buffers;
using System.Collections.Frozen;

namespace SurveyBot.Insights.Text;

/// <summary>
/// Splits tokens into sentences and clauses from the punctuation between tokens and a few conjunctions.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly FrozenSet<string> Abbreviations =
        new[] { "a", "p", "m", "dr", "mr", "mrs", "ms", "st", "etc", "e", "g", "i", "vs", "approx", "jr", "sr" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContrastWords =
        new[] { "but", "however", "although", "though", "whereas", "yet" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOpeners =
        new[] { "then", "while", "until" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectStarts =
        new[] { "the", "my", "his", "her", "their", "our", "i", "we", "they", "he", "she", "it", "its", "that", "this", "then", "also", "everything", "nobody", "nothing" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns =
        new[] { "i", "we", "they", "he", "she", "it", "my" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> ClausePunctuation = SearchValues.Create(",:()[]—–\"");
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create("!?;\n…");

    public static List<Clause> Split(string text, IReadOnlyList<Token> tokens)
    {
        var clauses = new List<Clause>();
        if (tokens.Count == 0)
        {
            return clauses;
        }

        var sentence = 0;
        var start = 0;
        var contrast = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Start == tokens[i - 1].Start)
            {
                continue; // expanded contraction: same source token
            }

            var gap = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            var word = tokens[i].Word;
            var sentenceEnd = IsSentenceEnd(gap, tokens[i - 1].Word);
            var clauseEnd = sentenceEnd || gap.IndexOfAny(ClausePunctuation) >= 0 || gap.Contains(" - ", StringComparison.Ordinal)
                || ContrastWords.Contains(word) || ClauseOpeners.Contains(word)
                || (word == "and" && i + 1 < tokens.Count && OpensClause(tokens[i + 1].Word))
                || (word == "so" && i + 1 < tokens.Count && Pronouns.Contains(tokens[i + 1].Word));
            if (!clauseEnd)
            {
                continue;
            }

            clauses.Add(new Clause(sentence, start, i, contrast));
            start = i;
            contrast = ContrastWords.Contains(word);
            if (sentenceEnd)
            {
                sentence++;
            }
        }

        clauses.Add(new Clause(sentence, start, tokens.Count, contrast));
        return clauses;
    }

    private static bool OpensClause(string next) =>
        SubjectStarts.Contains(next) || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal));

    private static bool IsSentenceEnd(ReadOnlySpan<char> gap, string previous)
    {
        if (gap.IndexOfAny(SentencePunctuation) >= 0)
        {
            return true;
        }

        // "p.m.", "Dr." and "e.g." end with a dot but not a sentence; "i" is an abbreviation only inside
        // "i.e.", as "...and so was I. Gave them five stars" ends one.
        return gap.Contains('.')
            && (!Abbreviations.Contains(previous) || (previous == "i" && gap.ContainsAny(" \t\r\n")));
    }
}
