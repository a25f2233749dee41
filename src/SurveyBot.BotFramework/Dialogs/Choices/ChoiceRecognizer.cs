using System.Text;

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

        return ChoiceMatchers.Exact(answer, choices)
            ?? ChoiceMatchers.ByNumber(answer, choices)
            ?? ChoiceMatchers.Contained(answer, choices)
            ?? ChoiceMatchers.ByOrdinal(text!, choices, locale)
            ?? ChoiceMatchers.Fuzzy(answer, choices);
    }

    /// <summary>Recognises only a choice's exact value, synonym or number.</summary>
    public static FoundChoice? RecognizeExact(string? text, IReadOnlyList<Choice> choices)
    {
        var answer = Normalize(text);
        return answer.Length == 0 ? null : ChoiceMatchers.Exact(answer, choices) ?? ChoiceMatchers.ByNumber(answer, choices);
    }

    /// <summary>Recognises "1 and 3" or "price, staff"; null unless every part picks a choice.</summary>
    public static List<FoundChoice>? RecognizeMany(string? text, IReadOnlyList<Choice> choices, string locale)
    {
        if (ChoiceMatchers.Exact(Normalize(text), choices) is { } whole)
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

    internal static bool IsDigits(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);

    internal static IEnumerable<string> Terms(Choice choice)
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
