using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using SurveyBot.Insights.Recognition;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>
/// Turns what a respondent typed into the stored answer for a step: a choice's value, "yes"/"no",
/// a number in invariant form, a date, or the text itself. People answer in their own words, so
/// buttons are a shortcut, never a requirement.
/// </summary>
public static partial class AnswerRecognizer
{
    private static readonly string[] Yes =
        ["yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "of course", "i agree", "agree", "correct", "right", "that's right", "sounds good", "go ahead", "fine", "absolutely", "definitely", "please do", "yes please"];

    private static readonly string[] No =
        ["no", "n", "nope", "nah", "not really", "no thanks", "no thank you", "i don't", "i do not", "disagree", "wrong", "not right", "that's wrong", "no way"];

    /// <summary>Recognises <paramref name="text"/> as an answer to <paramref name="step"/>.</summary>
    public static AnswerResult Recognize(ScriptStep step, string text)
    {
        ArgumentNullException.ThrowIfNull(step);
        text = (text ?? "").Trim();
        if (text.Length == 0)
        {
            return AnswerResult.NotUnderstood();
        }

        return step.Kind switch
        {
            StepKind.Text => new AnswerResult(text),
            StepKind.Choice => RecognizeChoice(step, text),
            StepKind.MultiChoice => RecognizeChoices(step, text),
            StepKind.Confirm => RecognizeConfirm(text) is { } yes ? new AnswerResult(yes ? "yes" : "no") : AnswerResult.NotUnderstood(),
            StepKind.Number => RecognizeNumber(step, text),
            StepKind.Date => RecognizeDate(text),
            _ => AnswerResult.NotUnderstood(),
        };
    }

    /// <summary>True for yes, false for no, null when neither.</summary>
    public static bool? RecognizeConfirm(string text)
    {
        var normalised = Normalise(text);
        if (Yes.Contains(normalised, StringComparer.Ordinal))
        {
            return true;
        }

        if (No.Contains(normalised, StringComparer.Ordinal))
        {
            return false;
        }

        var first = normalised.Split(' ', 2)[0];
        return first is "yes" or "yeah" or "yep" or "sure" ? true : first is "no" or "nope" or "nah" ? false : null;
    }

    private static AnswerResult RecognizeChoice(ScriptStep step, string text)
    {
        if (MatchChoice(step.Choices, text) is { } choice)
        {
            return new AnswerResult(choice.Value);
        }

        if (step.Recognizer == "polarity" && PolarityRecognizer.Recognize(text) is { } polarity
            && step.Choices.FirstOrDefault(c => string.Equals(c.Value, polarity, StringComparison.OrdinalIgnoreCase)) is { } polar)
        {
            return new AnswerResult(polar.Value);
        }

        return AnswerResult.NotUnderstood();
    }

    private static AnswerResult RecognizeChoices(ScriptStep step, string text)
    {
        var parts = ListSeparator().Split(text).Where(p => p.Trim().Length > 0).ToList();
        var values = new List<string>();
        foreach (var part in parts)
        {
            if (MatchChoice(step.Choices, part) is not { } choice)
            {
                return AnswerResult.NotUnderstood($"I didn't recognise \"{part.Trim()}\".");
            }

            if (!values.Contains(choice.Value, StringComparer.Ordinal))
            {
                values.Add(choice.Value);
            }
        }

        return values.Count == 0 ? AnswerResult.NotUnderstood() : new AnswerResult(string.Join(", ", values));
    }

    /// <summary>The choice a text selects: by value, synonym or number, else the only choice it mentions.</summary>
    public static ScriptChoice? MatchChoice(IReadOnlyList<ScriptChoice> choices, string text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalised = Normalise(text);
        var exact = choices.FirstOrDefault(c => c.Synonyms.Prepend(c.Value).Any(w => Normalise(w) == normalised));
        if (exact is not null)
        {
            return exact;
        }

        if (int.TryParse(normalised, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= choices.Count)
        {
            return choices[position - 1];
        }

        var padded = " " + normalised + " ";
        var mentioned = choices.Where(c => c.Synonyms.Prepend(c.Value).Any(w => padded.Contains(" " + Normalise(w) + " ", StringComparison.Ordinal))).ToList();
        return mentioned.Count == 1 ? mentioned[0] : null;
    }

    private static AnswerResult RecognizeNumber(ScriptStep step, string text)
    {
        var number = step.Recognizer == "rating"
            ? RatingRecognizer.Recognize(text)
            : OutOf().Match(text) is { Success: true } outOf ? double.Parse(outOf.Groups[1].Value, CultureInfo.InvariantCulture) : FirstNumber(text);
        if (number is null)
        {
            return AnswerResult.NotUnderstood();
        }

        if (step.Min is { } min && number < min || step.Max is { } max && number > max)
        {
            var range = (step.Min, step.Max) switch
            {
                ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"between {lo} and {hi}"),
                ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"of at least {lo}"),
                (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"of at most {hi}"),
                _ => "",
            };
            return AnswerResult.NotUnderstood($"Please give a number {range}.");
        }

        return new AnswerResult(number.Value.ToString("0.##", CultureInfo.InvariantCulture));
    }

    private static double? FirstNumber(string text)
    {
        foreach (var result in NumberRecognizer.RecognizeNumber(text, Culture.English))
        {
            if (result.Resolution?.TryGetValue("value", out var value) == true
                && double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
        }

        return null;
    }

    private static AnswerResult RecognizeDate(string text)
    {
        foreach (var result in DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, DateTime.UtcNow))
        {
            if (result.Resolution?.TryGetValue("values", out var values) == true
                && values is IList<Dictionary<string, string>> { Count: > 0 } list)
            {
                var resolved = list[^1];
                if (resolved.TryGetValue("value", out var value) || resolved.TryGetValue("start", out value) || resolved.TryGetValue("timex", out value))
                {
                    return new AnswerResult(value);
                }
            }
        }

        return AnswerResult.NotUnderstood();
    }

    private static string Normalise(string text) =>
        string.Join(' ', Punctuation().Replace(text.ToLowerInvariant().Replace('’', '\''), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"[^\p{L}\p{N}'\- ]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\n)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*(?:/|out of)\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex OutOf();
}
