using System.Text.RegularExpressions;
using SurveyBot.Insights.Lexicons;
using SurveyBot.Insights.Recognition;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Finds a rating the respondent gave in a story ("gave them 5 stars", "left a five star review",
/// "4 out of 5"), ignoring ratings by others ("many users gave them four stars").
/// </summary>
internal static partial class StoryRatingFinder
{
    public static double? Find(IReadOnlyList<ClauseFacts> clauses, LexiconStore lexicons)
    {
        foreach (var c in clauses)
        {
            var text = c.Text;
            var match = StarPattern().Match(text);
            if (!match.Success)
            {
                match = OutOfPattern().Match(text);
            }

            if (!match.Success)
            {
                continue;
            }

            var at = c.SourceText.IndexOf(text, StringComparison.Ordinal) + match.Index;
            var before = c.Tokens.FindIndex(c.Clause.Start, c.Clause.Length, t => t.Start >= at);
            if (before > c.Clause.Start && lexicons.ThirdParty.Any(c.Tokens, c.Clause.Start, before) && !c.FirstPerson)
            {
                continue;
            }

            var value = RatingRecognizer.Recognize(StarWord().Replace(match.Value, " "));
            if (value is >= 0 and <= 5)
            {
                return value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:\d(?:[.,]5)?|one|two|three|four|five|a half)(?:\s+and\s+a\s+half)?[\s-]*stars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StarPattern();

    [GeneratedRegex(@"\b(?:\d(?:[.,]\d)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s*(?:/|out\s+of)\s*(?:5|five|10|ten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfPattern();

    [GeneratedRegex(@"[\s-]*stars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex StarWord();
}
