using System.Collections.Frozen;
using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Text;

namespace SurveyBot.Insights.Analysis;

/// <summary>Whether a word is negated: a negator shortly before it (three words unless told), in the same clause.</summary>
internal static class NegationScope
{
    private static readonly FrozenSet<string> Conjunctions = new[] { "and", "but", "or" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A noun's negator stops at a conjunction ("no fuss and great service"); "not" and "never" reach
    /// past it ("not clean and tidy").
    /// </summary>
    public static bool IsNegated(LexiconStore lexicons, IReadOnlyList<Token> tokens, int clauseStart, int at, int window = 3)
    {
        var from = Math.Max(clauseStart, at - window);
        var conjunction = at - 1;
        while (conjunction >= from && !Conjunctions.Contains(tokens[conjunction].Stem))
        {
            conjunction--;
        }

        return conjunction < from
            ? lexicons.Negators.Any(tokens, from, at)
            : lexicons.Negators.Any(tokens, conjunction + 1, at) || lexicons.PredicateNegators.Any(tokens, from, conjunction);
    }
}
