using SurveyBot.BotFramework.Adapter;
using SurveyBot.BotFramework.Dialogs.Choices;

namespace SurveyBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>: by button, by value or
/// synonym (typos tolerated), by number ("2") or by ordinal ("the second").
/// </summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <exception cref="ArgumentException">The options offer no choices.</exception>
    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        options is PromptOptions { Choices.Count: > 0 }
            ? base.BeginDialogAsync(dc, options, cancellationToken)
            : throw new ArgumentException($"Choice prompt '{Id}' needs PromptOptions with at least one choice in Choices.", nameof(options));

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.RecognizeOne(turnContext.Activity.Text, options.Choices ?? [], GetLocale(turnContext, options));
        return Task.FromResult(found is null ? Recognized.Failed<FoundChoice>() : Recognized.Success<FoundChoice>(found));
    }

    /// <inheritdoc />
    protected override IReadOnlyList<Choice>? GetChoices(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices;
    }
}
