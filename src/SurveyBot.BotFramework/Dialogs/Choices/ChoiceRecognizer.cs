using System.Globalization;
using System.Text;
using SurveyBot.BotFramework.Dialogs.Prompts;

namespace SurveyBot.BotFramework.Dialogs.Choices;

/// <summary>
/// Finds which choice an answer picks: its value or a synonym (exactly, within the answer, or
/// with a typo or two), its number ("2") or its ordinal ("the second"). Ambiguous answers pick none.
/// </summary>
internal static class ChoiceRecognizer
{
    private static readonly string[] Separators = [",", ";", "/", "&", "+", " and ", " or "];

    public static FoundChoice? RecognizeOne(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        var answer = Normalize(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return Exact(answer, choices)
            ?? ByNumber(answer, choices)
            ?? Contained(answer, choices)
            ?? ByOrdinal(text!, choices, locale)
            ?? Fuzzy(answer, choices);
    }

    /// <summary>Recognises only a choice's exact value, synonym or number.</summary>
    public static FoundChoice? RecognizeExact(string? text, IReadOnlyList<Choice> choices)
    {
        var answer = Normalize(text);
        return answer.Length == 0 ? null : Exact(answer, choices) ?? ByNumber(answer, choices);
    }

    /// <summary>Recognises "1 and 3" or "price, staff"; null unless every part picks a choice.</summary>
    public static List<FoundChoice>? RecognizeMany(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        if (Exact(Normalize(text), choices) is { } whole)
        {
            return [whole];
        }

        var parts = (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words && words.All(IsDigits))
        {
            parts = words;
        }

        var found = new List<FoundChoice>(parts.Length);
        foreach (var part in parts)
        {
            if (RecognizeOne(part, choices, locale) is not { } choice)
            {
                return null;
            }

            if (!found.Exists(f => f.Index == choice.Index))
            {
                found.Add(choice);
            }
        }

        return found.Count > 0 ? found : null;
    }

    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var normalized = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var keep = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            if (keep != ' ' || (normalized.Length > 0 && normalized[^1] != ' '))
            {
                normalized.Append(keep);
            }
        }

        return normalized.ToString().TrimEnd();
    }

    private static FoundChoice? Exact(string answer, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in Terms(choices[i]))
            {
                if (Normalize(term) == answer)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, term);
                }
            }
        }

        return null;
    }

    private static FoundChoice? ByNumber(string answer, IReadOnlyList<Choice> choices) =>
        IsDigits(answer) && int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count
            ? new FoundChoice(choices[n - 1].Value, n - 1, 1.0)
            : null;

    private static FoundChoice? Contained(string answer, IReadOnlyList<Choice> choices)
    {
        var padded = string.Concat(" ", answer, " ");
        List<(int Index, string Term, string Normalized)>? matches = null;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in Terms(choices[i]))
            {
                var normalized = Normalize(term);
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

    private static FoundChoice? ByOrdinal(string text, IReadOnlyList<Choice> choices, string locale)
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

    private static FoundChoice? Fuzzy(string answer, IReadOnlyList<Choice> choices)
    {
        FoundChoice? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var term in Terms(choices[i]))
            {
                var normalized = Normalize(term);
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

    private static bool IsDigits(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);

    private static IEnumerable<string> Terms(Choice choice)
    {
        yield return choice.Value;
        if (choice.Synonyms is { } synonyms)
        {
            foreach (var synonym in synonyms)
            {
                yield return synonym;
            }
        }
    }
}
