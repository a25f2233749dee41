using System.Text.RegularExpressions;
using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Analysis;

/// <summary>
/// Finds the firm and the offering the respondent names. The firm is the capitalised name the story returns to
/// most, preferring names after "with", "at", "from" and names with a business suffix ("Pharmacy", "&amp; Co").
/// </summary>
internal static partial class OrganisationFinder
{
    public static string? Organisation(string text, LexiconStore lexicons)
    {
        var scores = new Dictionary<string, (double Score, int First)>(StringComparer.Ordinal);
        foreach (Match m in CapitalisedName().Matches(text))
        {
            var name = m.Value.Trim();
            if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            {
                name = name[..^2];
            }

            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            while (words.Length > 0 && lexicons.NotOrganisations.Contains(words[0].ToLowerInvariant()))
            {
                words = words[1..];
            }

            if (words.Length == 0 || (words.Length == 1 && (words[0].Length < 3 || IsCommonWord(words[0], lexicons))))
            {
                continue;
            }

            name = string.Join(' ', words);
            var score = 1.0;
            var preceding = PrecedingWord(text, m.Index);
            if (preceding is not null && lexicons.OrganisationPrepositions.Contains(preceding))
            {
                score += 1.5;
            }

            if (words.Length > 1 && lexicons.OrganisationSuffixes.Contains(words[^1].ToLowerInvariant()))
            {
                score += 2;
            }

            if (words.Length > 1 && (name.Contains('&', StringComparison.Ordinal) || name.Contains("'s ", StringComparison.Ordinal)))
            {
                score += 1;
            }

            if (words.Any(w => w.Skip(1).Any(char.IsUpper)))
            {
                score += 1; // CamelCase brand names: "VoltaNova", "HiveWorks"
            }

            scores[name] = scores.TryGetValue(name, out var s) ? (s.Score + score, s.First) : (score, m.Index);
        }

        // A short name that also occurs inside a longer one ("Aerolinka" in "Aerolinka hotline") counts for it.
        return scores.Count == 0 || scores.Values.Max(v => v.Score) < 2
            ? null
            : scores.OrderByDescending(kv => kv.Value.Score).ThenBy(kv => kv.Value.First).First().Key;
    }

    public static string? Offering(string text)
    {
        var m = OfferingPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var offering = StopAt().Split(m.Groups["what"].Value)[0].Trim();
        return offering.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 1 and <= 6 && offering.Length > 2 ? offering : null;
    }

    private static bool IsCommonWord(string word, LexiconStore lexicons)
    {
        var lower = word.ToLowerInvariant();
        return lexicons.NotOrganisations.Contains(lower) || lexicons.Tokenizer.Tokenize(lower) is [var t] && lexicons.KnownStem(t.Stem);
    }

    private static string? PrecedingWord(string text, int index)
    {
        var m = LastWord().Match(text[..index]);
        return m.Success ? m.Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"(?<![\w'’])[A-Z][\w'’+]*(?:(?:\s(?:&|and|de|of)\s|\s)[A-Z][\w'’+]*)*")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"\w+(?=\s*$)")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\b(?:ordered|bought|booked|signed up for|purchased|subscribed to|rented|hired|enrolled in|chose)\s+(?:a |an |the |some |my |our )?(?<what>[^,.;:!?\n()]{3,60})", RegexOptions.IgnoreCase)]
    private static partial Regex OfferingPattern();

    [GeneratedRegex(@"\b(?:from|on|with|at|for|last|because|and|through|via|in|to|which|that|but|so|online|yesterday|today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopAt();
}
