using SurveyBot.BotFramework.Dialogs.Prompts;
using SurveyBot.Insights.Recognition;
using SurveyBot.Scripts;

namespace SurveyBot.Interview;

/// <summary>Lets a choice step take the polarity a free answer expresses: "honestly it was pretty bad" picks Negative.</summary>
internal static class PolarityValidator
{
    public static Task<bool> ValidateAsync(PromptValidatorContext<BotFramework.Dialogs.Choices.FoundChoice> prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var choices = prompt.Options.Choices?.Select(c => c.Value).ToList() ?? [];
        return Task.FromResult(prompt.Recognized.Succeeded || Match(choices, prompt.Context.Activity.Text) is not null);
    }

    /// <summary>The choice the text's polarity picks; the prompt's own recognition left the value empty.</summary>
    public static string? Answer(ScriptStep step, string? text) =>
        step.Recognizer == "polarity" ? Match([.. step.Choices.Select(c => c.Value)], text) : null;

    private static string? Match(List<string> choices, string? text) =>
        PolarityRecognizer.Recognize(text ?? "") is { } polarity
            ? choices.FirstOrDefault(c => string.Equals(c, polarity, StringComparison.OrdinalIgnoreCase))
            : null;
}
