using SurveyBot.Insights.Lexicons;

namespace SurveyBot.Insights.Recognition;

/// <summary>
/// Maps a short answer to the polarity question to <c>positive</c>, <c>negative</c>, <c>mixed</c> or
/// <c>neutral</c>: "it was bad" is negative, "great" positive, "a bit of both" mixed, "not bad" positive.
/// Thread-safe.
/// </summary>
public static class PolarityRecognizer
{

    /// <summary>The polarity the answer expresses, or null when it expresses none.</summary>
    /// <param name="text">An answer such as "a bit of both".</param>
    public static string? Recognize(string text)
    {
        var lexicons = LexiconStore.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = lexicons.Tokenizer.Tokenize(text);
        var matches = lexicons.PolarityAnswers.Matches(tokens, 0, tokens.Count)
            .OrderByDescending(m => m.Words)
            .ToList();
        if (matches.Exists(m => m.Value == "mixed"))
        {
            return "mixed";
        }

        foreach (var m in matches)
        {
            var negated = !m.HasNegation && lexicons.Negators.EndsAt(tokens, 0, m.Start);
            return (m.Value, negated) switch
            {
                ("positive", true) => "negative",
                ("negative", true) => "positive",
                (var value, _) => value,
            };
        }

        return null;
    }
}
