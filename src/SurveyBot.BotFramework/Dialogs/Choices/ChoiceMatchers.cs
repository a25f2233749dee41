using System.Globalization;
using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>The ways an answer can name a choice, from the surest to the loosest.</summary>
internal static class ChoiceMatchers
{
    public static FoundChoice? Exact(string answer, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in ChoiceRecognizer.Terms(choices[i]))
            {
                if (ChoiceRecognizer.Normalize(term) == answer)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, term);
                }
            }
        }

        return null;
    }

    public static FoundChoice? ByNumber(string answer, IReadOnlyList<Choice> choices) =>
        ChoiceRecognizer.IsDigits(answer) && int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count
            ? new FoundChoice(choices[n - 1].Value, n - 1, 1.0)
            : null;

    public static FoundChoice? Contained(string answer, IReadOnlyList<Choice> choices)
    {
        var padded = string.Concat(" ", answer, " ");
        List<(int Index, string Term, string Normalized)>? matches = null;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in ChoiceRecognizer.Terms(choices[i]))
            {
                var normalized = ChoiceRecognizer.Normalize(term);
                if (normalized.Length > 0 && padded.Contains(string.Concat(" ", normalized, " "), StringComparison.Ordinal))
                {
                    (matches ??= []).Add((i, term, normalized));
                }
            }
        }

        if (matches is null)
        {
            return null;
        }

        var best = matches[0];
        foreach (var match in matches)
        {
            best = match.Normalized.Length > best.Normalized.Length ? match : best;
        }

        // Two choices named in one answer ("good and bad") pick neither, unless one is part of the other ("very good").
        foreach (var match in matches)
        {
            if (match.Index != best.Index && !best.Normalized.Contains(match.Normalized, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new FoundChoice(choices[best.Index].Value, best.Index, (double)best.Normalized.Length / answer.Length, best.Term);
    }

    public static FoundChoice? ByOrdinal(string text, IReadOnlyList<Choice> choices, string locale)
    {
        if (text.Length > RecognizerModels.MaxRecognizedLength)
        {
            return null;
        }

        var results = RecognizerModels.Ordinal(locale).Parse(text);
        if (results.Count != 1 || !results[0].Resolution.TryGetValue("value", out var value)
            || !int.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return n >= 1 && n <= choices.Count ? new FoundChoice(choices[n - 1].Value, n - 1, 1.0) : null;
    }

    public static FoundChoice? Fuzzy(string answer, IReadOnlyList<Choice> choices)
    {
        FoundChoice? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in ChoiceRecognizer.Terms(choices[i]))
            {
                var normalized = ChoiceRecognizer.Normalize(term);
                var distance = Levenshtein.Distance(answer, normalized);
                if (distance > Tolerance(normalized.Length) || distance > bestDistance)
                {
                    continue;
                }

                tie = distance == bestDistance && best!.Index != i;
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = new FoundChoice(choices[i].Value, i, 1.0 - ((double)distance / Math.Max(1, normalized.Length)), term);
                }
            }
        }

        return tie ? null : best;
    }

    private static int Tolerance(int length) => length <= 3 ? 0 : length <= 6 ? 1 : 2;
}
