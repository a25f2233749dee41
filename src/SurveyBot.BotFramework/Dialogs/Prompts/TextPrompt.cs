using SurveyBot.BotFramework.Adapter;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>Asks for free text; any message with text is an answer.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text) ? Recognized.Failed<string>() : Recognized.Success<string>(text));
    }
}
