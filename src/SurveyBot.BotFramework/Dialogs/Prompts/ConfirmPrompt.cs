using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Choices;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, with Yes and No buttons (or "1"/"2" as text), and understands
/// "yes", "yeah", "sure", "y", "no", "nope", "n" and similar answers.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    private static readonly Choice[] YesNo = [new("Yes"), new("No")];

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var choices = options.Choices is { Count: 2 } custom ? custom : YesNo;
        var text = turnContext.Activity.Text;
        var answer = YesNoRecognizer.Recognize(text)
            ?? ChoiceRecognizer.RecognizeExact(text, choices) switch
            {
                { Index: 0 } => true,
                { Index: 1 } => false,
                _ => (bool?)null,
            };
        return Task.FromResult(answer is { } value ? Recognized.Success(value) : Recognized.Failed<bool>());
    }

    /// <summary>Yes and No, or the two choices given in the options (yes first).</summary>
    protected override IReadOnlyList<Choice> GetChoices(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices is { Count: 2 } custom ? custom : YesNo;
    }
}
